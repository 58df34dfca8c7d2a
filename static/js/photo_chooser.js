/* The photo chooser (photos/widgets.py). Without this script the editor types a photo's number;
   with it, the number is hidden and "Choose" / "Upload" open one shared <dialog> that shows the
   library's search or upload view (HTML made and escaped by the server). */
(function () {
  "use strict";
  var dialog = null;
  var body = null;
  var current = null;

  function setUp(root) {
    root.querySelectorAll("[data-photo-chooser]").forEach(function (chooser) {
      if (chooser.dataset.ready || /__prefix__/.test(chooser.querySelector("input").name)) {
        return;
      }
      chooser.dataset.ready = "1";
      chooser.querySelector(".photo-chooser__id").type = "hidden";
      chooser.querySelector(".photo-chooser__buttons").hidden = false;
      chooser.querySelector(".photo-chooser__fallback").hidden = true;
    });
  }

  function show(chooser, thumbnail, title) {
    var preview = chooser.querySelector(".photo-chooser__preview");
    var image = preview.querySelector("img");
    preview.hidden = !title;
    if (thumbnail) {
      image.src = thumbnail;
    } else {
      image.removeAttribute("src");
    }
    preview.querySelector("figcaption").textContent = title || "";
    chooser.querySelector(".photo-chooser__none").hidden = !preview.hidden;
    chooser.querySelector('[data-chooser-action="clear"]').hidden = preview.hidden;
  }

  function choose(button) {
    var input = current.querySelector(".photo-chooser__id");
    input.value = button.dataset.choose;
    input.dispatchEvent(new Event("change", { bubbles: true }));
    show(current, button.dataset.thumbnail, button.dataset.title);
    dialog.close();
  }

  function load(url, options) {
    body.setAttribute("aria-busy", "true");
    return fetch(url, Object.assign({ credentials: "same-origin" }, options || {}))
      .then(function (response) {
        return response.text();
      })
      .then(function (html) {
        var library = new DOMParser().parseFromString(html, "text/html").querySelector("[data-photo-library]");
        body.removeAttribute("aria-busy");
        if (!library) {
          var error = document.createElement("p");
          error.className = "errornote";
          error.setAttribute("role", "alert");
          error.textContent = current.dataset.errorLabel;
          body.replaceChildren(error);
          return;
        }
        body.replaceChildren(document.importNode(library, true));
        var uploaded = body.querySelector("[data-chosen-now]");
        if (uploaded) {
          choose(uploaded);
          return;
        }
        var first = body.querySelector(".errorlist ~ input, .errorlist ~ select, input:not([type=hidden]), [data-choose]");
        if (first) {
          first.focus();
        }
      });
  }

  function makeDialog(chooser) {
    dialog = document.createElement("dialog");
    dialog.className = "photo-chooser-dialog";
    var heading = document.createElement("h2");
    heading.id = "photo-chooser-title";
    heading.textContent = chooser.dataset.dialogTitle;
    dialog.setAttribute("aria-labelledby", heading.id);
    var close = document.createElement("button");
    close.type = "button";
    close.className = "button photo-chooser-dialog__close";
    close.textContent = chooser.dataset.closeLabel;
    close.addEventListener("click", function () {
      dialog.close();
    });
    body = document.createElement("div");
    body.className = "photo-chooser-dialog__body";
    dialog.append(heading, close, body);
    document.body.appendChild(dialog);

    dialog.addEventListener("click", function (event) {
      var photo = event.target.closest("[data-choose]");
      var link = event.target.closest("a[data-chooser-page]");
      if (photo) {
        choose(photo);
      } else if (link) {
        event.preventDefault();
        load(link.href);
      }
    });
    dialog.addEventListener("submit", function (event) {
      var form = event.target;
      event.preventDefault();
      if (form.matches("[data-chooser-upload]")) {
        load(form.action, { method: "POST", body: new FormData(form) });
      } else {
        load(form.action + "?" + new URLSearchParams(new FormData(form)).toString());
      }
    });
    dialog.addEventListener("close", function () {
      body.replaceChildren();
      if (current) {
        current.querySelector('[data-chooser-action="choose"]').focus();
      }
    });
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-chooser-action]");
    if (!button) {
      return;
    }
    current = button.closest("[data-photo-chooser]");
    if (button.dataset.chooserAction === "clear") {
      current.querySelector(".photo-chooser__id").value = "";
      show(current, "", "");
      current.querySelector('[data-chooser-action="choose"]').focus();
      return;
    }
    if (!dialog) {
      makeDialog(current);
    }
    dialog.showModal();
    load(button.dataset.chooserAction === "upload" ? current.dataset.uploadUrl : current.dataset.chooserUrl);
  });

  document.addEventListener("formset:added", function (event) {
    setUp(event.target);
  });
  setUp(document);
})();
