/* knowgraph graph page: draws the graph with Cytoscape.js at the positions computed by knowgraph
   (no layout runs in the browser), and filters it by entity name, class and relation.
   When the first frame is drawn, <body data-rendered-ms="..."> holds the time since navigation. */
(function () {
  "use strict";
  performance.mark("kg-start");
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var ui = data.ui;
  var big = data.nodes.length > 800;
  var elements = [];
  var labels = [];

  function fold(text) {
    return String(text || "").normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/\s+/g, " ").trim();
  }

  data.nodes.forEach(function (n, i) {
    var cls = data.classes[n[2]];
    var degree = n[7];
    elements.push({
      group: "nodes",
      data: { id: "n" + i, label: n[1], iri: n[0], linkable: n[10] === 1, cls: cls.name, clsLabel: cls.label, colour: cls.colour, qid: n[5],
              alt: n[8], search: fold(n[1] + " | " + n[8]), degree: degree,
              size: n[6] ? 16 : Math.round(12 + Math.min(30, 5 * Math.sqrt(degree))) },
      position: { x: n[3], y: n[4] },
      classes: (n[6] ? "event" : "entity") + (n[9] ? " centre" : "")
    });
    if (!n[6]) { labels.push(n[1]); }
  });
  data.edges.forEach(function (e, i) {
    var rel = data.relations[e[2]];
    var label = rel.label + (e[3] ? " (" + data.statuses[e[3]] + ")" : "");
    elements.push({
      group: "edges",
      data: { id: "e" + i, source: "n" + e[0], target: "n" + e[1], rel: e[2], label: label, conf: e[4] },
      classes: [rel.role ? "role" : "", e[3] ? "hedged" : "", rel.symmetric || rel.role ? "undirected" : ""].join(" ")
    });
  });

  performance.mark("kg-elements");
  /* the viewport from the positions knowgraph computed: cy.fit() would first measure every label */
  var box = document.getElementById("kg-cy").getBoundingClientRect();
  var x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  data.nodes.forEach(function (n) {
    x0 = Math.min(x0, n[3]); x1 = Math.max(x1, n[3]); y0 = Math.min(y0, n[4]); y1 = Math.max(y1, n[4]);
  });
  var margin = 60;
  var zoom = Math.min(2, (box.width - 2 * margin) / Math.max(1, x1 - x0), (box.height - 2 * margin) / Math.max(1, y1 - y0));
  var pan = { x: (box.width - zoom * (x0 + x1)) / 2, y: (box.height - zoom * (y0 + y1)) / 2 };
  var cy = cytoscape({
    container: document.getElementById("kg-cy"),
    elements: elements,
    layout: { name: "preset", fit: false },
    zoom: zoom,
    pan: pan,
    minZoom: 0.02,
    maxZoom: 8,
    textureOnViewport: big,
    hideEdgesOnViewport: big,
    motionBlur: false,
    pixelRatio: big ? 1 : "auto",
    style: [
      { selector: big ? "node.kg-label" : "node", style: { "label": "data(label)" } },
      { selector: "node", style: {
        "background-color": "data(colour)", "width": "data(size)", "height": "data(size)",
        "font-size": 13, "text-valign": "bottom",
        "text-margin-y": 2, "color": "#1f2328", "text-outline-color": "#ffffff", "text-outline-width": 1.5,
        "border-width": 1, "border-color": "#ffffff" } },
      { selector: "node.event", style: {
        "shape": "round-rectangle", "text-wrap": "wrap", "text-max-width": 160, "font-size": 11, "color": "#5b3f66" } },
      { selector: "node.centre", style: { "border-width": 3, "border-color": "#000000", "font-weight": "bold" } },
      { selector: "node:selected", style: { "border-width": 3, "border-color": "#0b57d0" } },
      { selector: "edge", style: {
        "width": 1.2, "line-color": "#9aa4ae", "target-arrow-color": "#9aa4ae", "target-arrow-shape": "triangle",
        "arrow-scale": 0.8, "curve-style": big ? "straight" : "bezier", "font-size": 10,
        "text-rotation": "autorotate", "color": "#57606a",
        "text-background-color": "#ffffff", "text-background-opacity": 0.8, "text-background-padding": 1 } },
      { selector: big ? "edge.kg-label" : "edge", style: { "label": "data(label)" } },
      { selector: "edge.undirected", style: { "target-arrow-shape": "none" } },
      { selector: "edge.role", style: { "line-style": "dotted", "line-color": "#c2a5cf", "color": "#7b5a87" } },
      { selector: "edge.hedged", style: { "line-style": "dashed", "line-color": "#e08a2c", "target-arrow-color": "#e08a2c" } },
      { selector: "edge:selected", style: { "width": 3, "line-color": "#0b57d0", "target-arrow-color": "#0b57d0" } },
      { selector: ".kg-hidden", style: { "display": "none" } }
    ]
  });
  window.knowgraph = { cy: cy, data: data };

  /* big graphs: measuring thousands of labels would delay the first frame by seconds, so labels
     are drawn only for the nodes (and edges) in view once the reader has zoomed in enough */
  var labelTimer = null;
  function updateLabels() {
    labelTimer = null;
    var ext = cy.extent();
    var inView = cy.nodes(":visible").filter(function (n) {
      var p = n.position();
      return p.x >= ext.x1 && p.x <= ext.x2 && p.y >= ext.y1 && p.y <= ext.y2;
    });
    cy.batch(function () {
      cy.elements(".kg-label").removeClass("kg-label");
      if (inView.length <= 400) {
        inView.addClass("kg-label");
        var edges = inView.edgesWith(inView).filter(":visible");
        if (edges.length <= 300) { edges.addClass("kg-label"); }
      }
    });
  }
  if (big) {
    cy.on("viewport", function () {
      if (labelTimer === null) { labelTimer = window.setTimeout(updateLabels, 150); }
    });
  }
  performance.mark("kg-cy");

  var rendered = false;
  function markRendered() {
    if (rendered) { return; }
    rendered = true;
    window.requestAnimationFrame(function () {
      document.body.setAttribute("data-rendered-ms", String(Math.round(performance.now())));
    });
  }
  cy.one("render", markRendered);
  window.setTimeout(markRendered, 3000);

  /* the side panel: classes, relations, details */
  var classBox = document.getElementById("kg-classes");
  var relBox = document.getElementById("kg-relations");
  var info = document.getElementById("kg-info");
  var status = document.getElementById("kg-status");
  var names = document.getElementById("kg-names");
  var query = document.getElementById("kg-q");
  var depthBox = document.getElementById("kg-depth");

  function checkbox(box, value, swatch, text, count) {
    var label = document.createElement("label");
    var input = document.createElement("input");
    input.type = "checkbox";
    input.checked = true;
    input.value = value;
    input.addEventListener("change", apply);
    label.appendChild(input);
    label.appendChild(swatch);
    label.appendChild(document.createTextNode(text));
    var c = document.createElement("span");
    c.className = "kg-count";
    c.textContent = count;
    label.appendChild(c);
    box.appendChild(label);
    return input;
  }
  var classInputs = data.classes.map(function (cls) {
    var sw = document.createElement("span");
    sw.className = "kg-swatch" + (cls.event ? " kg-square" : "");
    sw.style.background = cls.colour;
    return checkbox(classBox, cls.name, sw, cls.label, cls.count);
  });
  var relInputs = data.relations.map(function (rel, i) {
    var sw = document.createElement("span");
    sw.className = "kg-line" + (rel.role ? " kg-role" : "");
    return checkbox(relBox, String(i), sw, rel.label, rel.count);
  });
  var hasHedged = data.edges.some(function (e) { return e[3] > 0; });
  var hedgedInput = null;
  if (hasHedged) {
    var sw = document.createElement("span");
    sw.className = "kg-line kg-hedged";
    hedgedInput = checkbox(relBox, "hedged", sw, ui.hedged, data.edges.filter(function (e) { return e[3] > 0; }).length);
  }
  labels.sort(function (a, b) { return a.localeCompare(b); });
  var fragment = document.createDocumentFragment();
  labels.forEach(function (l) { var o = document.createElement("option"); o.value = l; fragment.appendChild(o); });
  names.appendChild(fragment);

  function apply() {
    var q = fold(query.value);
    var depth = parseInt(depthBox.value, 10) || 0;
    var classOn = {};
    classInputs.forEach(function (input) { classOn[input.value] = input.checked; });
    var relOn = {};
    var allRelations = true;
    relInputs.forEach(function (input) { relOn[input.value] = input.checked; allRelations = allRelations && input.checked; });
    var hedgedOn = !hedgedInput || hedgedInput.checked;
    var message = "";
    cy.batch(function () {
      var nodesOk = cy.nodes().filter(function (n) { return classOn[n.data("cls")]; });
      var edgesOk = cy.edges().filter(function (e) {
        return relOn[String(e.data("rel"))] && (hedgedOn || !e.hasClass("hedged"));
      });
      var visible = nodesOk;
      var seeds = cy.collection();
      if (q) {
        seeds = nodesOk.filter(function (n) {
          return n.hasClass("entity") && n.data("search").split(" | ").indexOf(q) >= 0;
        });
        if (seeds.empty()) {
          seeds = nodesOk.filter(function (n) { return n.hasClass("entity") && n.data("search").indexOf(q) >= 0; });
        }
        if (seeds.empty()) { message = ui.nomatch.replace("{q}", query.value); }
        visible = seeds;
        var frontier = seeds;
        for (var d = 0; d < depth && frontier.nonempty(); d++) {
          var reached = frontier.connectedEdges().intersection(edgesOk).connectedNodes().intersection(nodesOk);
          var events = reached.filter(".event");
          reached = reached.union(events.connectedEdges().intersection(edgesOk).connectedNodes().intersection(nodesOk));
          frontier = reached.difference(visible);
          visible = visible.union(reached);
        }
      }
      var edgesShown = edgesOk.filter(function (e) { return visible.contains(e.source()) && visible.contains(e.target()); });
      if (!allRelations || q) {
        visible = visible.filter(function (n) { return seeds.contains(n) || edgesShown.connectedNodes().contains(n); });
        if (!q) { visible = visible.union(nodesOk.filter(function (n) { return n.degree(false) === 0; })); }
      }
      cy.elements().addClass("kg-hidden");
      visible.removeClass("kg-hidden");
      edgesShown.removeClass("kg-hidden");
      status.textContent = (message ? message + " \u2013 " : "") + ui.shown.replace("{n}", visible.length)
        .replace("{e}", edgesShown.length).replace("{N}", cy.nodes().length).replace("{E}", cy.edges().length);
      document.body.setAttribute("data-visible-nodes", String(visible.length));
      document.body.setAttribute("data-visible-edges", String(edgesShown.length));
    });
    var shown = cy.elements(":visible");
    if (shown.nonempty()) { cy.fit(shown, 40); }
  }

  /* only http(s) URLs become links: an IRI such as "javascript:..." from a crafted graph stays text,
     whatever the data says (knowgraph marks linkable IRIs when it writes the page, this checks again) */
  var SAFE_URL = /^https?:\/\/[^\s\u0000-\u001f\u007f-\u009f]+$/i;
  var WIKIDATA_ID = /^Q[1-9][0-9]{0,11}$/;
  function plain(text) {
    var span = document.createElement("span");
    span.className = "kg-iri";
    span.textContent = text;
    return span;
  }
  function link(href, text) {
    if (!SAFE_URL.test(href)) { return plain(text); }
    var a = document.createElement("a");
    a.href = href;
    a.textContent = text;
    return a;
  }
  function describe(node) {
    info.textContent = "";
    var h = document.createElement("h3");
    h.textContent = node.data("label");
    info.appendChild(h);
    var p = document.createElement("div");
    p.textContent = node.data("clsLabel") + " \u00b7 " + node.degree(false) + " " + ui.neighbours;
    info.appendChild(p);
    if (node.data("alt")) {
      var alt = document.createElement("div");
      alt.textContent = node.data("alt");
      alt.style.color = "#59636e";
      info.appendChild(alt);
    }
    var iri = node.data("iri");
    info.appendChild(node.data("linkable") ? link(iri, iri) : plain(iri));
    if (WIKIDATA_ID.test(node.data("qid"))) {
      info.appendChild(document.createElement("br"));
      info.appendChild(link("https://www.wikidata.org/wiki/" + node.data("qid"), "Wikidata " + node.data("qid")));
    }
    if (node.hasClass("entity")) {
      var b = document.createElement("button");
      b.type = "button";
      b.textContent = ui.focus;
      b.style.display = "block";
      b.style.marginTop = "0.4rem";
      b.addEventListener("click", function () { focusOn(node); });
      info.appendChild(b);
    }
  }
  function focusOn(node) {
    query.value = node.data("label");
    if (depthBox.value === "0") { depthBox.value = "1"; }
    apply();
  }
  cy.on("tap", "node", function (event) { describe(event.target); });
  cy.on("dbltap", "node.entity", function (event) { focusOn(event.target); });
  cy.on("tap", "edge", function (event) {
    var e = event.target;
    info.textContent = "";
    var h = document.createElement("h3");
    h.textContent = e.source().data("label") + " \u2192 " + e.data("label") + " \u2192 " + e.target().data("label");
    info.appendChild(h);
    if (e.data("conf") !== null && e.data("conf") !== undefined) {
      info.appendChild(document.createTextNode("confidence " + e.data("conf")));
    }
  });
  document.getElementById("kg-search").addEventListener("submit", function (event) { event.preventDefault(); apply(); });
  document.getElementById("kg-all").addEventListener("click", function () { query.value = ""; apply(); });

  var start = new URLSearchParams(window.location.search).get("around");
  if (start) {
    query.value = start;
    apply();
  } else {  /* everything is shown: no need to filter */
    status.textContent = ui.shown.replace("{n}", cy.nodes().length).replace("{e}", cy.edges().length)
      .replace("{N}", cy.nodes().length).replace("{E}", cy.edges().length);
  }
  performance.mark("kg-applied");
})();
