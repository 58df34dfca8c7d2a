/* Opens the language tab named by ?translate=<code> (links from the translation dashboard). */
window.addEventListener("load", function () {
  var language = new URLSearchParams(window.location.search).get("translate");
  if (!/^[a-z]{2}$/.test(language || "")) {
    return;
  }
  document.querySelectorAll('a[href^="#tab_"][href$="_' + language + '"]').forEach(function (tab) {
    tab.click();
  });
});
