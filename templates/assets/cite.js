// Copy buttons of release pages: <button data-copy="ID" data-done="Copied"> copies the text of #ID.
// Optional: without JavaScript the buttons stay hidden and the citation is plain, selectable text.
(function () {
  "use strict";
  function selectText(el) {
    var range = document.createRange();
    range.selectNodeContents(el);
    var sel = window.getSelection();
    sel.removeAllRanges();
    sel.addRange(range);
  }
  function done(button) {
    var label = button.textContent;
    button.textContent = button.getAttribute("data-done") || label;
    window.setTimeout(function () { button.textContent = label; }, 2000);
  }
  document.querySelectorAll("button[data-copy]").forEach(function (button) {
    var target = document.getElementById(button.getAttribute("data-copy"));
    if (!target) {
      return;
    }
    button.hidden = false;
    button.addEventListener("click", function () {
      var text = target.textContent.trim();
      if (navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(text).then(function () { done(button); },
          function () { selectText(target); });
      } else {
        selectText(target);
        try {
          if (document.execCommand("copy")) {
            done(button);
          }
        } catch (e) {
          // the text stays selected for the reader to copy
        }
      }
    });
  });
}());
