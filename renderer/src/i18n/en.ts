// The English dictionary, typed so a missing or extra key against zh-CN fails to compile.
import type { MessageKey } from './zh-CN';

/** The English dictionary. Typed so that a missing or an extra key fails to compile. */
import { folioDetailMessages } from './areas/folio-detail';
import { searchMessages } from './areas/search';
import { dashboardMessages } from './areas/dashboard';
import { trashMessages } from './areas/trash';
import { syncMessages } from './areas/sync';
import { backupMessages } from './areas/backups';
import { exchangeMessages } from './areas/exchange';
import { exchangeExportMessages } from './areas/exchange-export';
import { directoryMessages } from './areas/directory';
import { calendarMessages } from './areas/calendar';
import { firstRunMessages } from './areas/first-run';
import { unsavedMessages } from './areas/unsaved';
import { tripsMessages } from './areas/trips';
import { documentsMessages } from './areas/documents';
import { ledgerMessages } from './areas/ledger';
import { deleteCheckMessages } from './areas/delete-check';
import { personPageMessages } from './areas/person-page';

export const en: Record<MessageKey, string> = {
  ...folioDetailMessages.en(),
  ...searchMessages.en(),
  ...dashboardMessages.en(),
  ...trashMessages.en(),
  ...syncMessages.en(),
  ...backupMessages.en(),
  ...exchangeMessages.en(),
  ...exchangeExportMessages.en(),
  ...directoryMessages.en(),
  ...tripsMessages.en(),
  ...calendarMessages.en(),
  ...firstRunMessages.en(),
  ...unsavedMessages.en(),
  ...documentsMessages.en(),
  ...ledgerMessages.en(),
  ...deleteCheckMessages.en(),
  ...personPageMessages.en(),
  'app.title': 'Dossier Desk',
  'app.loading': 'Opening the workspace…',

  'nav.dashboard': 'Dashboard',
  'nav.groups': 'Working groups',
  'nav.folios': 'Projects',
  'nav.enterprises': 'Investors',
  'nav.trips': 'Visits',
  'nav.documents': 'Documents',
  'nav.trash': 'Recycle bin',
  'nav.settings': 'Settings',
  'header.demoTag': 'Demo data',

  'common.ok': 'OK',
  'common.cancel': 'Cancel',
  'common.save': 'Save',
  'common.edit': 'Edit',
  'common.delete': 'Delete',
  'common.back': 'Back',
  'common.retry': 'Retry',
  'common.actions': 'Actions',
  'common.empty': '—',
  'common.saved': 'Saved',
  'common.created': 'Created',
  'common.deleted': 'Deleted',
  'common.unchanged': 'Nothing changed',
  'common.unexpectedError': 'Not done: the program ran into an unexpected error.',
  'common.loadFailed': 'Could not load',
  'common.counts':
    '{groups} groups · {folios} projects · {enterprises} investors · {people} people',

  'unit.wan': '×10k CNY',
  'unit.yi': '×100M CNY',

  'stage.lead': 'Lead',
  'stage.talks': 'In talks',
  'stage.ready': 'Ready to sign',
  'stage.signed': 'Signed',
  'stage.started': 'Started',
  'stage.producing': 'Producing',
  'stage.atTarget': 'At target',
  'stage.paused': 'Paused',
  'stage.dropped': 'Dropped',

  'groupKind.chain': 'Industrial chain',
  'groupKind.county': 'County',
  'groupKind.project': 'Project',

  'enterpriseKind.listed': 'Listed company',
  'enterpriseKind.central': 'Central SOE',
  'enterpriseKind.state': 'State-owned',
  'enterpriseKind.private': 'Private',
  'enterpriseKind.foreign': 'Foreign',
  'enterpriseKind.chamber': 'Chamber of commerce',

  'startup.connectionTitle': 'Cannot reach the dossier service',
  'startup.problemTitle': 'The workspace data cannot be opened',
  'startup.problemFile': 'File with the problem',
  'startup.dataDir': 'Data folder',
  'startup.badFileKept':
    'The damaged file stays in the data folder as it is; it is never overwritten or deleted.',
  'startup.lockedHint': 'Close the other window using this data folder, then click “Retry”.',
  'startup.backupsTitle': 'Backups you can restore',
  'startup.noBackups': 'No backup that can be restored was found.',
  'startup.backupTime': 'Taken at',
  'startup.backupReason': 'Reason',
  'startup.backupCounts': 'Contents',
  'startup.restore': 'Restore this backup',
  'startup.restoreConfirmTitle': 'Restore this backup?',
  'startup.restoreConfirmBody':
    'The workspace goes back to how it was at {time} ({counts}). The damaged file is kept.',
  'backupReason.open': 'Before the first change after opening',
  'backupReason.auto': 'Regular automatic backup',
  'backupReason.manual': 'Manual backup',
  'backupReason.remove-demo': 'Before removing the demo data',
  'backupReason.load-demo': 'Before loading the demo data',
  'backupReason.restore': 'Before restoring a backup',
  'backupReason.before-restore': 'Before a restore',
  'backupReason.daily': 'Daily backup',
  'backupReason.import': 'Before an import',
  'backupReason.migration': 'Before upgrading the data format',
  'startup.restored': 'Backup restored',

  'welcome.title': 'Welcome to Dossier Desk',
  'welcome.subtitle':
    'This workspace is empty. Load the demo workspace to see how groups, projects and investors fit together, or start from scratch.',
  'welcome.demoHint':
    'The demo data comes from public reports on Tianshui; remove it any time in Settings.',
  'welcome.loadDemo': 'Load the demo workspace',
  'welcome.startEmpty': 'Start empty',
  'welcome.demoLoaded': 'Demo workspace loaded',

  'groups.title': 'Working groups',
  'groups.create': 'New group',
  'groups.createTitle': 'New working group',
  'groups.editTitle': 'Edit working group',
  'groups.name': 'Name',
  'groups.namePlaceholder': 'e.g. IC packaging chain group',
  'groups.nameRequired': 'Enter the group’s name',
  'groups.kind': 'Kind',
  'groups.kindRequired': 'Choose the kind of group',
  'groups.chain': 'Industrial chain',
  'groups.head': 'Head',
  'groups.members': 'Members',
  'groups.description': 'Description',
  'groups.folioCount': 'Projects',
  'groups.totalInvestment': 'Total investment (×100M CNY)',
  'groups.fundsInPlace': 'Funds in place (×100M CNY)',
  'groups.folios': 'Projects of this group',
  'groups.empty': 'No working groups yet. Click “New group” to start.',
  'groups.deleteConfirmTitle': 'Delete the group “{name}”?',
  'groups.deleteConfirmBody': 'The group goes to the recycle bin, from where it can be restored.',
  'groups.deleteHasFolios': 'The group holds {count} projects.',

  'folios.title': 'Projects',
  'folios.create': 'New project',
  'folios.createTitle': 'New project',
  'folios.editTitle': 'Edit project',
  'folios.name': 'Project name',
  'folios.nameRequired': 'Enter the project’s name',
  'folios.group': 'Working group',
  'folios.groupRequired': 'Choose the working group',
  'folios.enterprise': 'Investor',
  'folios.chain': 'Industrial chain',
  'folios.location': 'Location',
  'folios.stage': 'Stage',
  'folios.totalInvestment': 'Total investment',
  'folios.fundsInPlace': 'Funds in place',
  'folios.totalInvestmentWan': 'Total investment (×10k CNY)',
  'folios.fundsInPlaceWan': 'Funds in place (×10k CNY)',
  'folios.leader': 'Leader in charge',
  'folios.steward': 'Steward',
  'folios.notes': 'Notes',
  'folios.updatedAt': 'Updated',
  'folios.createdAt': 'Created',
  'folios.stageDates': 'Stage dates',
  'folios.noStageDates': 'No stage dates recorded yet',
  'folios.search': 'Filter: project, investor, location, person…',
  'folios.allGroups': 'All groups',
  'folios.summary': '{count} projects, total investment {total}, funds in place {funds}',
  'folios.empty': 'No projects yet.',
  'folios.deleteConfirmTitle': 'Delete the project “{name}”?',
  'folios.deleteConfirmBody':
    'The folio goes to the recycle bin, from where it can be restored; it can also be undone at once.',

  'enterprises.title': 'Investors',
  'enterprises.name': 'Name',
  'enterprises.kind': 'Kind',
  'enterprises.headquarters': 'Headquarters',
  'enterprises.profile': 'Profile',
  'enterprises.empty': 'No investors yet.',

  'settings.title': 'Settings',
  'settings.language': 'Language',
  'settings.langZh': '简体中文',
  'settings.langEn': 'English',
  'settings.workspace': 'Workspace',
  'settings.workspaceName': 'Name',
  'settings.dataDir': 'Data folder',
  'settings.counts': 'Contents',
  'settings.demo': 'Demo data',
  'settings.demoHint':
    'This is the demo workspace, built from public reports, for getting to know the app.',
  'settings.removeDemo': 'Remove demo data',
  'settings.removeDemoTitle': 'Remove the demo data?',
  'settings.removeDemoBody':
    'Everything in the demo workspace will be deleted: {counts}. The workspace will then be empty.',
  'settings.demoRemoved': 'Demo data removed',
  'settings.aboutTitle': 'About',
  'settings.aboutVersion': 'Version',
  'settings.aboutRuntime': 'Runtime',
  'settings.aboutLog': 'Log file',
  'settings.aboutNoLog': '(none kept)',
  'settings.aboutHint': 'If something goes wrong, send the log file to whoever supports you.',
};
