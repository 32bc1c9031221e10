// Opens Banana Cake Pop on the partner examples on a browser's first visit. The IDE (a pinned npm package) takes its
// documents from its IndexedDB database and no setting names a first document, so this script, loaded by the index
// page before the app, adds a draft document "Partner examples" (the operations of docs/examples, with a disabled
// `Authorization: Bearer …` header in its connection settings to show where the token goes) as the open tab.
//
// The app creates its database itself, and a running app writes its own tab state back (a write of ours while it runs
// can be lost), so this happens in two page loads: on the first visit the script waits until the app has created its
// database, and when no tab is open there it marks the browser and reloads; on that load the script, running before
// the app, writes the document and the tab in a transaction opened before any of the app's, so the app reads them.
// A browser that already has open tabs is left alone.
(function () {
  'use strict';
  var marker = 'graph-partner-examples';
  var done = '1';
  var pending = 'pending';
  if (!window.indexedDB || !window.localStorage) return;
  var state = localStorage.getItem(marker);
  if (state === done) return;
  var id = 'doc|graph-partner-examples';
  var stores = ['item', 'attachment', 'tab'];
  var endpoint = new URL('.', window.location.href).href.replace(/\/$/, '');

  // Opens the app's database without creating or upgrading it; calls back with null while it is not there yet.
  function openDatabase(callback) {
    var open = indexedDB.open('banana-cake-pop');
    open.onupgradeneeded = function () { open.transaction.abort(); };
    open.onerror = function () { callback(null); };
    open.onsuccess = function () {
      var db = open.result;
      if (!stores.every(function (name) { return db.objectStoreNames.contains(name); })) { db.close(); callback(null); return; }
      callback(db);
    };
  }

  // First visit: wait for the app's database; with no tab open, mark the browser and reload.
  function waitForApp(deadline) {
    if (Date.now() > deadline) return;
    indexedDB.databases().then(function (databases) {
      var ready = databases.some(function (db) { return db.name === 'banana-cake-pop' && db.version >= 22; });
      if (!ready) return setTimeout(function () { waitForApp(deadline); }, 250);
      openDatabase(function (db) {
        if (!db) return setTimeout(function () { waitForApp(deadline); }, 250);
        var read = db.transaction(['tab'], 'readonly').objectStore('tab').get('local');
        read.onsuccess = function () {
          db.close();
          var tabs = read.result && read.result.tabs;
          if (tabs && tabs.length > 0) { localStorage.setItem(marker, done); return; }
          localStorage.setItem(marker, pending);
          window.location.reload();
        };
      });
    });
  }

  // The load after the mark: write the document and its tab before the app reads its state. The server puts the
  // document's text in place of the null below when it serves this script.
  var body = /*partner-examples*/null;
  function seed() {
    openDatabase(function (db) {
      if (!db) { localStorage.removeItem(marker); return; }
      var tx = db.transaction(stores, 'readwrite');
      tx.objectStore('item').put({ id: id, workspaceId: null, kind: 'new-document', name: 'Partner examples', isDraft: true });
      var attachments = tx.objectStore('attachment');
      attachments.put({
        itemId: id, workspaceId: null, kind: 'connection-settings', hash: marker + '-connection',
        http: {
          endpoint: endpoint,
          headers: [{ name: 'Authorization', value: 'Bearer <the accessToken SignIn answers>', enabled: false }],
          includeCookies: false, useGet: false, useTunnel: false,
        },
      });
      attachments.put({ itemId: id, workspaceId: null, kind: 'document-content', body: body, hash: marker + '-body' });
      attachments.put({ itemId: id, workspaceId: null, kind: 'origin-document-content', body: '', hash: marker + '-origin' });
      tx.objectStore('tab').put({
        workspaceId: 'local', activeTabId: id, previewTabId: null, history: [id], untitledDocumentIds: [id],
        tabs: [{
          id: id, name: 'Partner examples', kind: 'document', activeViewId: 'operations', activeOperationCompanionViewId: 'builder',
          activeOperationsSettingsViewId: 'variables', activeResponseViewId: 'json', activeSchemaReferenceViewId: 'default',
          isHistory: false, isNew: true, hasChanges: true, isOperationCompanionCollapsed: false, isOperationsSettingsPaneCollapsed: false,
          isResponseEntriesPaneCollapsed: false, operationsSettingsPaneHeight: 200, responseEntriesPaneHeight: 200,
          focusedElement: 'operations-editor', showTracingExtension: true, activeOperation: 0,
        }],
      });
      tx.oncomplete = function () { db.close(); localStorage.setItem(marker, done); };
      tx.onabort = function () { db.close(); localStorage.removeItem(marker); };
    });
  }

  if (state === pending) seed();
  else waitForApp(Date.now() + 60000);
})();
