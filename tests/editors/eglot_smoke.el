;;; eglot_smoke.el --- copydesk in Emacs with Eglot, headless  -*- lexical-binding: t -*-
;; Run from the repository root:
;;   COPYDESK_BIN=target/debug/copydesk emacs --batch -Q -l tests/editors/eglot_smoke.el
;; Opens the fixture in markdown-mode, waits for copydesk's diagnostics through
;; Flymake, asks for a hover and the document symbols, and exits 0 on success.
(require 'package)
(add-to-list 'package-directory-list "/usr/share/emacs/site-lisp/elpa") ; Debian's elpa-* packages
(package-initialize)
(require 'eglot)
(require 'markdown-mode)
(setq eglot-sync-connect t eglot-events-buffer-size 0)

(defun copydesk-fail (fmt &rest args)
  (princ (concat "FAIL: " (apply #'format fmt args) "\n") #'external-debugging-output)
  (kill-emacs 1))

(defun copydesk-wait (pred timeout)
  (let ((deadline (+ (float-time) timeout)))
    (while (and (not (funcall pred)) (< (float-time) deadline))
      (accept-process-output nil 0.05))
    (funcall pred)))

(let* ((bin (or (getenv "COPYDESK_BIN") (copydesk-fail "COPYDESK_BIN not set")))
       (buf (find-file-noselect (expand-file-name "tests/editors/fixtures/story.md"))))
  (add-to-list 'eglot-server-programs `(markdown-mode . (,bin "lsp")))
  (with-current-buffer buf
    (markdown-mode)
    (apply #'eglot (eglot--guess-contact)) ; eglot-ensure needs a command loop, which batch mode lacks
    (unless (copydesk-wait (lambda () (eglot-current-server)) 20) (copydesk-fail "server did not start"))
    ;; Flymake defers its first run to the next command, which batch mode never has.
    (unless (copydesk-wait (lambda () (flymake-start) (>= (length (flymake-diagnostics)) 2)) 20)
      (copydesk-fail "no diagnostics (got %S)" (flymake-diagnostics)))
    (let* ((server (eglot-current-server))
           (diags (mapcar (lambda (d)
                            (save-excursion
                              (goto-char (flymake-diagnostic-beg d))
                              (list (1- (line-number-at-pos)) (current-column))))
                          (sort (flymake-diagnostics)
                                (lambda (a b) (< (flymake-diagnostic-beg a) (flymake-diagnostic-beg b))))))
           (hover (jsonrpc-request server :textDocument/hover
                                   (list :textDocument (eglot--TextDocumentIdentifier)
                                         :position (list :line 8 :character 42))))
           (symbols (jsonrpc-request server :textDocument/documentSymbol
                                     (list :textDocument (eglot--TextDocumentIdentifier))))
           (card (plist-get (plist-get hover :contents) :value)))
      ;; Emacs columns count characters: UTF-16 column 38 is character 38 on that line.
      (unless (equal diags '((2 38) (4 0))) (copydesk-fail "diagnostics at %S" diags))
      (unless (and card (string-prefix-p "**Ana Ruiz**" card)) (copydesk-fail "hover %S" card))
      (unless (equal (plist-get (aref symbols 0) :name) "Dock Strike Spreads") (copydesk-fail "symbols %S" symbols))
      (princ (format "PASS: Emacs %s with Eglot: diagnostics %S, hover, symbols\n" emacs-version diags)
             #'external-debugging-output)
      (eglot-shutdown server)
      (kill-emacs 0))))
