/* The main menu's parents become disclosure buttons: a button shows and hides the items under
   it (aria-expanded), Escape closes them and puts the focus back on the button, and the parent's
   own page stays reachable as the first of its items. Without this script the parent is a link
   and its items are listed under it. */
(function () {
  "use strict";
  var nav = document.querySelector(".main-nav");
  if (!nav) {
    return;
  }

  function listOf(button) {
    return document.getElementById(button.getAttribute("aria-controls"));
  }

  function setOpen(button, open) {
    button.setAttribute("aria-expanded", open ? "true" : "false");
    listOf(button).hidden = !open;
  }

  function closeAll(except) {
    nav.querySelectorAll(".main-nav__button[aria-expanded='true']").forEach(function (button) {
      if (button !== except) {
        setOpen(button, false);
      }
    });
  }

  nav.querySelectorAll(".main-nav__item--parent").forEach(function (item) {
    var link = item.querySelector(".main-nav__link");
    var list = item.querySelector(".main-nav__sub");
    var button = document.createElement("button");
    button.type = "button";
    button.className = "main-nav__button";
    button.textContent = link.textContent;
    if (link.lang) {
      button.lang = link.lang;
    }
    button.setAttribute("aria-controls", list.id);
    if (list.querySelector("[aria-current]") || link.hasAttribute("aria-current")) {
      button.classList.add("main-nav__button--current");
    }
    var first = document.createElement("li");
    link.className = "main-nav__sublink";
    first.appendChild(link);
    list.insertBefore(first, list.firstChild);
    item.insertBefore(button, list);
    setOpen(button, false);
    button.addEventListener("click", function () {
      var open = button.getAttribute("aria-expanded") !== "true";
      closeAll(button);
      setOpen(button, open);
    });
  });
  nav.classList.add("main-nav--enhanced");

  nav.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") {
      return;
    }
    var open = nav.querySelector(".main-nav__button[aria-expanded='true']");
    var menu = nav.querySelector(".main-nav__menu");
    if (open) {
      setOpen(open, false);
      open.focus();
      event.preventDefault();
    } else if (menu.open && getComputedStyle(menu.querySelector("summary")).display !== "none") {
      // On phones Escape folds the whole menu back behind its button.
      menu.open = false;
      menu.querySelector("summary").focus();
      event.preventDefault();
    }
  });
  // A click or the focus elsewhere closes what is open, as a menu does.
  document.addEventListener("click", function (event) {
    if (!nav.contains(event.target)) {
      closeAll();
    }
  });
  nav.addEventListener("focusout", function (event) {
    if (event.relatedTarget && !nav.contains(event.relatedTarget)) {
      closeAll();
    }
  });
})();
