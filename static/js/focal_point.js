/* The focal point on a photo's admin page: a click (or the arrow keys) on the photo fills the
   two fraction fields, which stay editable by hand and are all there is without this script. */
(function () {
  "use strict";
  var STEP = 0.02;

  function clamp(value) {
    return Math.min(1, Math.max(0, value));
  }

  document.querySelectorAll("[data-focal-point]").forEach(function (picker) {
    var across = document.getElementById("id_focal_x");
    var down = document.getElementById("id_focal_y");
    var marker = picker.querySelector(".focal-point__marker");
    var image = picker.querySelector("img");
    if (!across || !down) {
      return;
    }

    function place() {
      marker.hidden = false;
      marker.style.left = clamp(parseFloat(across.value) || 0) * 100 + "%";
      marker.style.top = clamp(parseFloat(down.value) || 0) * 100 + "%";
    }

    function set(x, y) {
      across.value = clamp(x).toFixed(3);
      down.value = clamp(y).toFixed(3);
      place();
    }

    picker.addEventListener("click", function (event) {
      var box = image.getBoundingClientRect();
      set((event.clientX - box.left) / box.width, (event.clientY - box.top) / box.height);
    });
    picker.addEventListener("keydown", function (event) {
      var moves = { ArrowLeft: [-STEP, 0], ArrowRight: [STEP, 0], ArrowUp: [0, -STEP], ArrowDown: [0, STEP] };
      var move = moves[event.key];
      if (move) {
        event.preventDefault();
        set((parseFloat(across.value) || 0) + move[0], (parseFloat(down.value) || 0) + move[1]);
      }
    });
    across.addEventListener("input", place);
    down.addEventListener("input", place);
    place();
  });
})();
