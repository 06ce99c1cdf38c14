// Remembers the reader's choice of view (original, translation, side by side) on bilingual
// release pages. Without this script the view links still work through :target.
(function () {
  'use strict';
  var section = document.querySelector('.release-text.bilingual');
  if (!section) { return; }
  var KEY = 'press-archive.view';
  function apply(view) {
    if (view === 'original' || view === 'translation' || view === 'both') {
      section.setAttribute('data-view', view);
    }
  }
  try { apply(window.localStorage.getItem(KEY)); } catch (e) { /* storage may be disabled */ }
  var links = document.querySelectorAll('.view-switch a[data-view]');
  for (var i = 0; i < links.length; i++) {
    links[i].addEventListener('click', function (event) {
      var view = this.getAttribute('data-view');
      event.preventDefault();
      apply(view);
      try { window.localStorage.setItem(KEY, view); } catch (e) { /* ignore */ }
    });
  }
}());
