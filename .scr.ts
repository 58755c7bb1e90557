import { loadKnowledge, SearchIndex } from './src/knowledge';
import { KNOWLEDGE_DIR } from './src/paths';
import { route } from './tests/support/evaluate';
const index = new SearchIndex(loadKnowledge(KNOWLEDGE_DIR));
const after = process.env.AFTER;
for (const q of process.argv.slice(2)) console.log(JSON.stringify(route(index, q, after)), '<=', q);
