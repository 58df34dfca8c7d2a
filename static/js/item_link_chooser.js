/* "Link to an item" beside each rich-text editor: search items by title, and link the selected
   text to the chosen one. The link is stored as a reference (item:news.article:42), which the
   site turns into the item's current address for readers. Strings come from the dialog's data
   attributes (templates/admin/includes/item_link_chooser.html), in the admin's language. */
document.addEventListener("DOMContentLoaded", function () {
  "use strict";
  var dialog = document.getElementById("item-link-chooser");
  if (!dialog || typeof dialog.showModal !== "function") {
    return;
  }
  var form = dialog.querySelector("form");
  var input = dialog.querySelector("#item-link-query");
  var status = dialog.querySelector(".item-link-chooser__status");
  var list = dialog.querySelector(".item-link-chooser__results");
  var editorId = null;
  var opener = null;
  var timer = null;
  var latest = 0;
  var linked = false;

  function linkTo(result) {
    var editor = (window.editors || {})[editorId];
    if (!editor) {
      return;
    }
    var selection = editor.model.document.selection;
    if (selection.isCollapsed && !selection.hasAttribute("linkHref")) {
      // Nothing selected: the item's title becomes the linked words.
      editor.model.change(function (writer) {
        var attributes = new Map(selection.getAttributes());
        attributes.set("linkHref", result.reference);
        editor.model.insertContent(writer.createText(result.title, attributes));
      });
    } else {
      editor.execute("link", result.reference);
    }
    linked = true;
    dialog.close();
    editor.editing.view.focus();
  }

  function show(results) {
    list.replaceChildren();
    results.forEach(function (result) {
      var item = document.createElement("li");
      var button = document.createElement("button");
      button.type = "button";
      var title = document.createElement("strong");
      title.textContent = result.title;
      var meta = document.createElement("span");
      meta.className = "item-link-chooser__meta";
      meta.textContent = [result.kind, result.date, result.state].join(" · ");
      button.setAttribute("aria-label", dialog.dataset.choose + ": " + result.title + " (" + meta.textContent + ")");
      button.append(title, meta);
      button.addEventListener("click", function () {
        linkTo(result);
      });
      item.append(button);
      list.append(item);
    });
    status.textContent = results.length ? "" : dialog.dataset.none;
  }

  function search() {
    var text = input.value.trim();
    window.clearTimeout(timer);
    if (!text) {
      list.replaceChildren();
      status.textContent = "";
      return;
    }
    var asked = ++latest;
    status.textContent = dialog.dataset.searching;
    var url = dialog.dataset.searchUrl + "?" + new URLSearchParams({ q: text });
    fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (response) {
        // A refusal may come as a page rather than JSON: the chooser's own message then.
        return response
          .json()
          .catch(function () {
            return {};
          })
          .then(function (data) {
            if (!response.ok || !data.results) {
              var refusal = new Error(data.error || dialog.dataset.failed);
              refusal.fromServer = true;
              throw refusal;
            }
            return data;
          });
      })
      .then(function (data) {
        if (asked === latest) {
          show(data.results);
        }
      })
      .catch(function (error) {
        if (asked === latest) {
          list.replaceChildren();
          // The server's message is in the admin's language; the browser's own ones are not.
          status.textContent = error.fromServer ? error.message : dialog.dataset.failed;
        }
      });
  }

  input.addEventListener("input", function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(search, 300);
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    search();
  });
  dialog.querySelector(".item-link-chooser__cancel").addEventListener("click", function () {
    dialog.close();
  });
  // Cancelled (button or Escape): focus returns to the button that opened the chooser.
  dialog.addEventListener("close", function () {
    if (!linked && opener) {
      opener.focus();
    }
  });

  document.querySelectorAll(".ck-editor-container").forEach(function (container) {
    var textarea = container.querySelector("textarea");
    if (!textarea || textarea.id.indexOf("__prefix__") !== -1) {
      return;
    }
    var button = document.createElement("button");
    button.type = "button";
    button.className = "button item-link-open";
    button.textContent = dialog.dataset.open;
    button.addEventListener("click", function () {
      editorId = textarea.id;
      opener = button;
      linked = false;
      list.replaceChildren();
      status.textContent = "";
      dialog.showModal();
      input.focus();
      input.select();
    });
    container.append(button);
  });
});
