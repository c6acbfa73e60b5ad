// The word lists next to the notation text areas of the edit pages: each word gets a button that inserts it at the
// cursor of its text area. Without this script the lists stay what they are, words to copy.
(function () {
  'use strict';

  function insert(area, word) {
    var start = area.selectionStart;
    var end = area.selectionEnd;
    var before = area.value.slice(0, start);
    // one space between the word and the text before it, as the sheets write "取組み内容 (7~2月) [新規]"
    var text = before && !/\s$/.test(before) ? ' ' + word : word;
    area.setRangeText(text, start, end, 'end');
    area.focus();
    // the preview follows what is typed (htmx listens for input): an inserted word is typed too
    area.dispatchEvent(new Event('input', { bubbles: true }));
  }

  function enhance(list) {
    var area = document.getElementById(list.getAttribute('data-insert-into'));
    if (!area) {
      return;
    }
    list.querySelectorAll('[data-insert]').forEach(function (code) {
      var word = code.getAttribute('data-insert');
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'button button-small word-button';
      button.setAttribute('aria-label', word + ' を挿入');
      button.appendChild(code.cloneNode(true));
      button.addEventListener('click', function () {
        insert(area, word);
      });
      code.replaceWith(button);
    });
    list.classList.add('notation-words-enhanced');
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('[data-insert-into]').forEach(enhance);
  });
})();
