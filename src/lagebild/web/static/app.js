// Progressive enhancement only: every page works without this file.
// On a document page, hovering or following a highlight lights up all pieces
// of the same record and its card.
(function () {
  "use strict";
  function setActive(ids, on) {
    ids.forEach(function (id) {
      var card = document.getElementById(id);
      if (card) card.classList.toggle("is-active", on);
      document.querySelectorAll('.hl[data-records~="' + CSS.escape(id) + '"]').forEach(function (el) {
        el.classList.toggle("is-active", on);
      });
    });
  }
  document.addEventListener("mouseover", function (ev) {
    var hl = ev.target.closest && ev.target.closest(".hl[data-records]");
    if (hl) setActive(hl.dataset.records.split(" "), true);
  });
  document.addEventListener("mouseout", function (ev) {
    var hl = ev.target.closest && ev.target.closest(".hl[data-records]");
    if (hl) setActive(hl.dataset.records.split(" "), false);
  });
  document.addEventListener("keydown", function (ev) {
    // "/" jumps to the search field, as on many sites
    if (ev.key === "/" && !/^(INPUT|TEXTAREA|SELECT)$/.test(document.activeElement.tagName)) {
      var box = document.getElementById("site-q");
      if (box) { ev.preventDefault(); box.focus(); }
    }
  });
})();
