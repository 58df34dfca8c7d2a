// The appeals forms work without this script. With it: the challenge is answered by a small
// proof of work (the question disappears), and the Mobile reporter can add the phone's location.
(function () {
  "use strict";

  function zeroBits(bytes) {
    var bits = 0;
    for (var i = 0; i < bytes.length; i++) {
      if (bytes[i] === 0) { bits += 8; continue; }
      for (var mask = 0x80; (bytes[i] & mask) === 0; mask >>= 1) bits++;
      break;
    }
    return bits;
  }

  function solve(form) {
    var seed = form.getAttribute("data-challenge-seed");
    var bits = parseInt(form.getAttribute("data-challenge-bits"), 10);
    var proof = form.querySelector("input[name=proof]");
    if (!seed || !proof || !window.crypto || !crypto.subtle || !window.TextEncoder) return;
    var encoder = new TextEncoder();
    var batch = 256;
    function attempt(start) {
      var tries = [];
      for (var n = start; n < start + batch; n++) {
        tries.push(crypto.subtle.digest("SHA-256", encoder.encode(seed + ":" + n)));
      }
      return Promise.all(tries).then(function (digests) {
        for (var i = 0; i < digests.length; i++) {
          if (zeroBits(new Uint8Array(digests[i])) >= bits) {
            proof.value = String(start + i);
            var question = form.querySelector("[data-challenge] .appeal-form__field");
            if (question && !question.classList.contains("appeal-form__field--error")) question.hidden = true;
            return;
          }
        }
        return attempt(start + batch);
      });
    }
    attempt(0);
  }

  function locate(box) {
    var button = box.querySelector("button");
    var status = box.querySelector("[data-locate-status]");
    var messages = box.querySelector("[data-locate-messages]");
    var form = box.closest("form");
    if (!navigator.geolocation || !button || !form) return;
    box.hidden = false;
    button.addEventListener("click", function () {
      navigator.geolocation.getCurrentPosition(function (position) {
        form.querySelector("input[name=latitude]").value = position.coords.latitude.toFixed(6);
        form.querySelector("input[name=longitude]").value = position.coords.longitude.toFixed(6);
        status.textContent = messages.getAttribute("data-found");
      }, function () {
        status.textContent = messages.getAttribute("data-failed");
      }, { enableHighAccuracy: true, timeout: 15000 });
    });
  }

  document.querySelectorAll("form[data-challenge-seed]").forEach(solve);
  document.querySelectorAll("[data-locate]").forEach(locate);
})();
