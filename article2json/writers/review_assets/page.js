// article2json review page: lazy article bodies, and cards <-> highlighted spans.
(function () {
  "use strict";
  var articles = Array.prototype.slice.call(document.querySelectorAll("article.doc"));

  // An article's text and cards wait in an inert <template> until the article comes near the screen.
  function render(article) {
    var template = article.querySelector(":scope > template");
    if (!template) return;
    var body = article.querySelector(":scope > .body");
    body.replaceChildren(document.importNode(template.content, true));
    body.classList.remove("pending");
    template.remove();
  }
  if ("IntersectionObserver" in window) {
    var observer = new IntersectionObserver(function (entries) {
      entries.forEach(function (entry) {
        if (entry.isIntersecting) { render(entry.target); observer.unobserve(entry.target); }
      });
    }, { rootMargin: "1200px 0px" });
    articles.forEach(function (article) { observer.observe(article); });
  } else {
    articles.forEach(render);
  }
  function openLinkedArticle() {
    var target = location.hash && document.getElementById(location.hash.slice(1));
    if (target && target.matches("article.doc")) { render(target); target.scrollIntoView(); }
  }
  window.addEventListener("hashchange", openLinkedArticle);
  openLinkedArticle();
  var showAll = document.getElementById("show-all");
  if (showAll) showAll.addEventListener("click", function () { articles.forEach(render); });

  // Marking: a card's spans carry data-ev="<card index>", its sentence data-se="<card index>".
  function spansOf(article, index, attribute) {
    return article.querySelectorAll(".text [" + attribute + '~="' + index + '"]');
  }
  function mark(article, index, state, on) {
    spansOf(article, index, "data-ev").forEach(function (s) { s.classList.toggle(state, on); });
    spansOf(article, index, "data-se").forEach(function (s) { s.classList.toggle(state + "-ctx", on); });
    var card = article.querySelector('.card[data-ev="' + index + '"]');
    if (card) card.classList.toggle(state, on);
  }
  function select(article, indexes) {
    article.querySelectorAll(".card.sel").forEach(function (card) { mark(article, card.dataset.ev, "sel", false); });
    indexes.forEach(function (index) { mark(article, index, "sel", true); });
  }
  function hover(event, on) {
    var card = event.target.closest && event.target.closest(".card");
    if (card && !(event.relatedTarget && card.contains(event.relatedTarget))) {
      mark(card.closest("article"), card.dataset.ev, "hl", on);
    }
  }
  document.addEventListener("mouseover", function (event) { hover(event, true); });
  document.addEventListener("mouseout", function (event) { hover(event, false); });
  function activate(target) {
    var card = target.closest(".card");
    if (card) {
      var article = card.closest("article");
      select(article, card.classList.contains("sel") ? [] : [card.dataset.ev]);
      return true;
    }
    var span = target.closest(".text [data-ev]");
    if (span) {
      var owner = span.closest("article");
      var indexes = span.dataset.ev.split(" ");
      select(owner, indexes);
      var first = owner.querySelector('.card[data-ev="' + indexes[0] + '"]');
      if (first) first.scrollIntoView({ block: "nearest" });
      return true;
    }
    return false;
  }
  document.addEventListener("click", function (event) { activate(event.target); });
  document.addEventListener("keydown", function (event) {
    if ((event.key === "Enter" || event.key === " ") && event.target.matches(".card") && activate(event.target)) {
      event.preventDefault();
    }
  });
})();
