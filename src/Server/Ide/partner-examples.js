// Opens Banana Cake Pop on the partner examples on a browser's first visit. The IDE (a pinned npm package) takes its
// documents from its IndexedDB database and no setting names a first document, so this script, loaded by the index
// page before the app, waits until the app has created its database, adds a draft document "Partner examples" (the
// operations of docs/examples, with a disabled `Authorization: Bearer …` header in its connection settings to show
// where the token goes) as the open tab, and reloads once. A browser that already has open tabs is left alone.
(function () {
  'use strict';
  var marker = 'graph-partner-examples';
  var version = '1';
  if (!window.indexedDB || !window.localStorage || localStorage.getItem(marker) === version) return;
  var id = 'doc|graph-partner-examples';
  var endpoint = new URL('.', window.location.href).href.replace(/\/$/, '');
  var deadline = Date.now() + 60000;

  function wait() {
    if (Date.now() > deadline) return;
    indexedDB.databases().then(function (databases) {
      var ready = databases.some(function (db) { return db.name === 'banana-cake-pop' && db.version >= 22; });
      if (!ready) return setTimeout(wait, 250);
      fetch('partner-examples.graphql', { cache: 'no-cache' })
        .then(function (response) { return response.ok ? response.text() : Promise.reject(response.status); })
        .then(seed)
        .catch(function () { setTimeout(wait, 1000); });
    });
  }

  function seed(body) {
    var open = indexedDB.open('banana-cake-pop');
    open.onupgradeneeded = function () { open.transaction.abort(); };
    open.onsuccess = function () {
      var db = open.result;
      var stores = ['item', 'attachment', 'tab'];
      if (!stores.every(function (name) { return db.objectStoreNames.contains(name); })) { db.close(); return setTimeout(wait, 250); }
      var tx = db.transaction(stores, 'readwrite');
      var tabs = tx.objectStore('tab');
      var current = tabs.get('local');
      current.onsuccess = function () {
        var state = current.result;
        if (state && state.tabs && state.tabs.length > 0) { localStorage.setItem(marker, version); return; }
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
        tabs.put({
          workspaceId: 'local', activeTabId: id, previewTabId: null, history: [id], untitledDocumentIds: [id],
          tabs: [{
            id: id, name: 'Partner examples', kind: 'document', activeViewId: 'operations', activeOperationCompanionViewId: 'builder',
            activeOperationsSettingsViewId: 'variables', activeResponseViewId: 'json', activeSchemaReferenceViewId: 'default',
            isHistory: false, isNew: true, hasChanges: true, isOperationCompanionCollapsed: false, isOperationsSettingsPaneCollapsed: false,
            isResponseEntriesPaneCollapsed: false, operationsSettingsPaneHeight: 200, responseEntriesPaneHeight: 200,
            focusedElement: 'operations-editor', showTracingExtension: true, activeOperation: 0,
          }],
        });
      };
      tx.oncomplete = function () {
        db.close();
        if (localStorage.getItem(marker) === version) return;
        localStorage.setItem(marker, version);
        window.location.reload();
      };
    };
  }

  wait();
})();
