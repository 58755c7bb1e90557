// Azure resources for the assistant: an Azure Bot (Teams and Direct Line channels) with a managed identity, an App
// Service (Linux, Node 24) running the server, and a storage account whose blob container keeps conversation state.
// The app settings are the server's own settings, named as in .env.example. Deploy: see README "Deploy to Azure".

@description('Prefix of every resource name: 3-20 lowercase letters, digits or hyphens.')
@minLength(3)
@maxLength(20)
param resourceBaseName string

@description('Name shown for the bot in Azure and in the Bot Framework channels.')
@maxLength(42)
param botDisplayName string = 'Back Spasm Helper'

param location string = resourceGroup().location

@description('App Service plan size; B1 is the smallest with Always On (the bot must not sleep between messages).')
param appServiceSku string = 'B1'

@description('Azure Bot pricing tier: F0 (free, standard channels) or S1.')
@allowed(['F0', 'S1'])
param botSku string = 'F0'

@description('Secret key of the Direct Line channel\'s site, for the web page (empty until it exists: see README).')
@secure()
param directLineSecret string = ''

@description('Blob container for conversation state (3-63 lowercase letters, digits and single hyphens).')
param blobContainerName string = 'bot-state'

// Storage account names: 3-24 lowercase letters and digits, unique across Azure.
var storageAccountName = take('${replace(toLower(resourceBaseName), '-', '')}${uniqueString(resourceGroup().id)}', 24)

// The bot's identity: no password to store or rotate; the server signs in with it as MicrosoftAppType=UserAssignedMSI.
resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${resourceBaseName}-identity'
  location: location
}

// Conversation state (blobs) and, with STORAGE=blob, reminders: a schedule container and a queue of steps, which the
// server creates in this same account on first use (see .env.example, "Reminders").
resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: storageAccountName
  location: location
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    allowBlobPublicAccess: false
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: storage
  name: 'default'
}

resource stateContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobService
  name: blobContainerName
  properties: {
    publicAccess: 'None'
  }
}

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: '${resourceBaseName}-plan'
  location: location
  kind: 'linux'
  sku: {
    name: appServiceSku
  }
  properties: {
    reserved: true
  }
}

resource site 'Microsoft.Web/sites@2023-12-01' = {
  name: resourceBaseName
  location: location
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identity.id}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      linuxFxVersion: 'NODE|24-lts'
      appCommandLine: 'node dist/src/index.js'
      alwaysOn: true
      healthCheckPath: '/healthz'
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
    }
  }
}

var publicBaseUrl = 'https://${site.properties.defaultHostName}'

// The server's settings, named as in .env.example (a separate resource, so they can name the site's own host).
resource appSettings 'Microsoft.Web/sites/config@2023-12-01' = {
  parent: site
  name: 'appsettings'
  properties: {
    // App Service's own: the deployed folder is already built, with production dependencies only.
    SCM_DO_BUILD_DURING_DEPLOYMENT: 'false'
    WEBSITE_RUN_FROM_PACKAGE: '1'
    // The server's:
    LOG_LEVEL: 'info'
    // App Service's front end is the one proxy before the server: believe its X-Forwarded-For, no further.
    TRUST_PROXY: '1'
    MicrosoftAppType: 'UserAssignedMSI'
    MicrosoftAppId: identity.properties.clientId
    MicrosoftAppTenantId: identity.properties.tenantId
    PUBLIC_BASE_URL: publicBaseUrl
    STORAGE: 'blob'
    BLOB_CONTAINER: stateContainer.name
    BLOB_CONNECTION_STRING: 'DefaultEndpointsProtocol=https;AccountName=${storage.name};AccountKey=${storage.listKeys().keys[0].value};EndpointSuffix=${environment().suffixes.storage}'
    DIRECT_LINE_SECRET: directLineSecret
  }
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: resourceBaseName
  location: 'global'
  kind: 'azurebot'
  sku: {
    name: botSku
  }
  properties: {
    displayName: botDisplayName
    endpoint: '${publicBaseUrl}/api/messages'
    msaAppType: 'UserAssignedMSI'
    msaAppId: identity.properties.clientId
    msaAppTenantId: identity.properties.tenantId
    msaAppMSIResourceId: identity.id
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

// The web page talks to the bot through this channel (the server hands the browser short-lived tokens, never the secret).
resource directLineChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'DirectLineChannel'
  location: 'global'
  properties: {
    channelName: 'DirectLineChannel'
    properties: {
      sites: [
        {
          siteName: 'Web page'
          isEnabled: true
          isV1Enabled: false
          isV3Enabled: true
          isSecureSiteEnabled: false
          isBlockUserUploadEnabled: true
        }
      ]
    }
  }
}

// Read by m365agents.yml (written to env/.env.<env>) and printed by `az deployment group create`.
output AZURE_APP_SERVICE_RESOURCE_ID string = site.id
output AZURE_BOT_NAME string = bot.name
output MICROSOFT_APP_ID string = identity.properties.clientId
output BOT_DOMAIN string = site.properties.defaultHostName
output PUBLIC_BASE_URL string = publicBaseUrl
