/* knowgraph evidence report: optional enhancements (the page works without them).
   A click anywhere on a fact or event row goes to its sentence, and the sentence flashes. */
(function () {
  "use strict";
  function flash(id) {
    var el = document.getElementById(id);
    if (!el) { return; }
    el.classList.remove("kg-flash");
    void el.offsetWidth;
    el.classList.add("kg-flash");
    window.setTimeout(function () { el.classList.remove("kg-flash"); }, 2500);
  }
  /* links are http(s) or in-page anchors: knowgraph writes no other kind, and any other (such as
     "javascript:...") is disarmed, whatever produced the page */
  var SAFE_HREF = /^(https?:\/\/[^\s\u0000-\u001f\u007f-\u009f]+|#[^\s]*)$/i;
  Array.prototype.forEach.call(document.querySelectorAll("a[href]"), function (a) {
    if (!SAFE_HREF.test(a.getAttribute("href"))) { a.removeAttribute("href"); }
  });
  document.addEventListener("click", function (event) {
    var link = event.target.closest("a");
    var row = event.target.closest("tr[data-target]");
    if (link && link.getAttribute("href") && link.getAttribute("href").charAt(0) === "#") {
      flash(link.getAttribute("href").slice(1));
      return;
    }
    if (!link && row) {
      window.location.hash = row.getAttribute("data-target");
      flash(row.getAttribute("data-target"));
    }
  });
  document.body.setAttribute("data-ready", "1");
})();
