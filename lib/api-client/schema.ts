// Generated from the OpenAPI document by `npm run api:client` (openapi-typescript). Do not edit.

export interface paths {
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Service and database health */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/articles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Articles you may read, newest import first, with claim counts and progress
         * @description The articles page's filters; an unparsable filter value is a 400 naming it. Reviewers see the articles with a claim they may read.
         */
        get: operations["listArticles"];
        put?: never;
        /**
         * Import an article; its claims are extracted in the same transaction
         * @description `language` (a BCP 47 tag such as `ar` or `fr-CA`, stored canonical) is detected from the text when left out; a malformed tag is a 400 naming `language`. The answer's article carries `language` and `direction` (`rtl` for Arabic).
         */
        post: operations["importArticle"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/articles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An article: its text, metadata, claim counts and progress */
        get: operations["getArticle"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/articles/{id}/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The article's audit log, newest first (editors and admins)
         * @description Every recorded change to the article and its claims, sources, assignments, comments and consultations.
         */
        get: operations["getArticleAuditLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/articles/{id}/auto-assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Spread the article's unassigned, not yet reviewed claims over reviewers, balancing their open work */
        post: operations["autoAssign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/articles/{id}/candidates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Candidates below the line: what extraction scored under its threshold, not covered by a claim (editors and admins) */
        get: operations["listCandidates"];
        put?: never;
        /** Promote a candidate to a claim, with its score and reasons (editors and admins) */
        post: operations["promoteCandidate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/articles/{id}/claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The article's claims you may read, by claim number, with the dashboard's filters */
        get: operations["listArticleClaims"];
        put?: never;
        /**
         * Add a claim from a span of the article's text (editors and admins)
         * @description `text` must equal the body's text between `start` and `end` (UTF-16 offsets), as a check that the span is the one meant.
         */
        post: operations["addClaim"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/articles/{id}/claims/{number}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A claim by its permanent number within the article (C7 → 7): the same body as GET /api/v1/claims/{id} */
        get: operations["getClaimByNumber"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/articles/{id}/extraction": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Run claim extraction on the article again (editors and admins): adds claims it finds anew, keeps curated ones */
        post: operations["rerunExtraction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/articles/{id}/finalize": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What finalizing would leave unfinished: the counts a POST must confirm (editors and admins) */
        get: operations["previewFinalize"];
        put?: never;
        /**
         * Finalize an article: its verdicts are locked until it is reopened; open assignments are cancelled (editors and admins)
         * @description When claims are not yet reviewed or assignments are open, send the counts from GET as confirmPending and confirmOpenAssignments: without them the answer is 400 (naming the counts), with counts that no longer match it is 409 (error.preview holds the current ones). The body may be omitted when nothing is unfinished.
         */
        post: operations["finalizeArticle"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/articles/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish the article's approved verdicts at a public URL (editors and admins)
         * @description Every live claim must be approved or excluded (`exclude`: claim numbers, kept until published again without them). Each claim is at `url#c{number}`; each gets a PUBLISHED row in its hash chain. Publishing again with another URL records the new address.
         */
        post: operations["publishArticle"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/articles/{id}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reopen a finalized article (editors and admins) */
        post: operations["reopenArticle"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/articles/{id}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Audit report of one article (editors and admins: report.export) */
        get: operations["getArticleReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/articles/{id}/revisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The article's revisions, newest first (revision 1 is the first import) */
        get: operations["listRevisions"];
        put?: never;
        /**
         * Import a new version of the article's text (editors and admins); its claims are re-anchored onto it
         * @description Each live claim is re-anchored: the same offsets if its quote is still there, else a unique exact match of the quote with its context, else an approximate match (NEEDS_RECHECK), else ORPHANED. Claims extraction finds in inserted text are added with new numbers. The answer lists the article's claims by number. An empty, oversized or identical text is a 400 naming `body`. With `url` and no `body`, the server fetches the page at that address (as an import by URL does: public addresses only, the article found in the page) and imports its text; a page that cannot be used is a 4xx naming `url` (refused address, HTTP error, not an article, time-out).
         */
        post: operations["importRevision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/articles/{id}/revisions/anchors/{claimId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Settle a claim's anchor in the current revision (editors and admins): accept the proposed one, re-select the quote, or mark it orphaned */
        post: operations["resolveAnchor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assignments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Unassign (the assignment is kept as CANCELLED) */
        delete: operations["unassign"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/claimreview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * ClaimReview items of published articles (JSON-LD), oldest publication first
         * @description Only published verdicts, as published or last corrected: never work in progress. `since` keeps items published or corrected on or after that day (UTC), `until` those published on or before it.
         */
        get: operations["listClaimReviews"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Claims you may read across all articles, oldest first, with the dashboard's filters */
        get: operations["listClaims"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/claims/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A claim with its article paragraph, evidence, assignment, verified history, comments and version */
        get: operations["getClaim"];
        put?: never;
        post?: never;
        /** Delete a claim that is not a claim (editors and admins); kept in the audit log, its open assignment cancelled */
        delete: operations["deleteClaim"];
        options?: never;
        head?: never;
        /** Reword a claim before review (editors and admins); its anchor in the text stays */
        patch: operations["editClaimWording"];
        trace?: never;
    };
    "/api/v1/claims/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve the verdict awaiting sign-off (editors and admins; never one's own verdict)
         * @description Appends an APPROVED row to the claim's hash chain. 403 for whoever set the verdict, whatever their role. When the claim was already published with a different verdict, the approval also records a correction (`correction`). The body is optional; `version` pins the claim version you saw (409 when it moved on).
         */
        post: operations["approveClaim"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/claims/{id}/assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Assign the claim to a reviewer (reassigns if someone else has it open) */
        post: operations["assignClaim"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/claims/{id}/claimant": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set or clear who made the claim (editors and admins); an empty string clears it */
        put: operations["setClaimant"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/claims/{id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Comment on the claim; @email or @local-part mentions notify users, and consult reviewers who cannot read the claim
         * @description An @name that matches nobody is refused with 400 (error.unknownMentions) unless allowUnknownMentions is true. A mention by someone who may give the claim a verdict consults a reviewer who could not read it: they may read the claim and reply until an editor ends the consultation.
         */
        post: operations["addComment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/claims/{id}/due-date": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set or clear the due date of the claim's open assignment (editors and admins)
         * @description A bare day (YYYY-MM-DD) means the end of that day in your time zone (PUT /api/v1/me/time-zone); an ISO date-time is taken as given; null clears it.
         */
        put: operations["setDueDate"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/claims/{id}/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a source to the claim */
        post: operations["addEvidence"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/claims/{id}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Merge a claim with the next one in reading order (editors and admins); the next one is deleted */
        post: operations["mergeClaims"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/claims/{id}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Take the verdict back to not yet reviewed (editors and admins); reopens the assignment
         * @description Appends a hash-chained history row to PENDING with the reason as its rationale. 409 when the claim has no verdict.
         */
        post: operations["reopenClaim"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/claims/{id}/send-back": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send the verdict awaiting sign-off back to its reviewer with a comment (editors and admins)
         * @description Appends a SENT_BACK row (the comment is its rationale) to PENDING, reopens the reviewer's assignment and notifies them. 400 with `fields.comment` when the comment is empty.
         */
        post: operations["sendBackClaim"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/claims/{id}/similar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Similar claims of earlier articles: suggestions and confirmed links, best first
         * @description `items`: up to three suggestions above the suggestion threshold plus confirmed links to earlier claims, best score first. `linkedFrom`: later claims confirmed as the same as this one. Only claims the caller may read are listed.
         */
        get: operations["listSimilarClaims"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/claims/{id}/similar/{matchId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm (the same claim) or dismiss a similar earlier claim */
        post: operations["decideSimilarClaim"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/claims/{id}/similar/{matchId}/reuse-sources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Copy a confirmed earlier claim's sources onto this claim (new sources, attributed; never the verdict) */
        post: operations["reuseSimilarClaimSources"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/claims/{id}/split": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Split a claim in two at an offset of the article text (editors and admins)
         * @description `at` is a place in the claim's span, in UTF-16 code units of the article body; the split happens at the word start nearest to it (where both parts keep a word), returned as `at`. An offset outside the span, or a claim without such a place, is a 400.
         */
        post: operations["splitClaim"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/claims/{id}/verdict": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set the verdict (appends a hash-chained history row)
         * @description Any of the three verdicts completes the reviewer's open assignment. CORROBORATED needs a current SUPPORTS source, DISPUTED a current REFUTES source. Rationale at least 15 characters. Taking a verdict back is POST /api/v1/claims/{id}/reopen.
         */
        post: operations["setVerdict"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/consultations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** End a consultation: the consulted colleague can no longer read the claim or reply (editors and admins) */
        delete: operations["endConsultation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evidence/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a source (kept with removedAt / removedById) */
        delete: operations["removeEvidence"];
        options?: never;
        head?: never;
        /** Edit a source */
        patch: operations["editEvidence"];
        trace?: never;
    };
    "/api/v1/evidence/{id}/snapshots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Keep a source's content given by hand: paste its text (JSON) or attach a file (multipart)
         * @description For a page that cannot be fetched (a paywall) send `{"text": …}` as JSON: it is kept as a snapshot marked PASTED. To attach a file (a PDF statement, an image, a document) send multipart/form-data with the field `file`: its type is told by its content, not its name (PDF, PNG, JPEG, WebP, GIF, plain text, .docx, .odt), up to CLAIMLEDGER_FETCH_MAX_BYTES (10 MB by default). Either is one more append-only snapshot with its SHA-256; the source's link state is left as the fetches of its URL found it. Not on a finalized article.
         */
        post: operations["addSourceSnapshot"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/language": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your interface language (pages only: API messages stay English, they are a contract) */
        get: operations["getMyLanguage"];
        /** Choose your interface language (null goes back to the browser's preference) */
        put: operations["setMyLanguage"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/mentions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Comments that mention you, newest first, on claims you may still read */
        get: operations["listMyMentions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/mentions/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark some of your mentions read */
        post: operations["markMentionsRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/notification-preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How each kind of notification reaches you */
        get: operations["getNotificationPreferences"];
        /** Choose how each kind reaches you (a kind left out goes back to its default) */
        put: operations["setNotificationPreferences"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your open assignments, overdue first, then by due date
         * @description Only assignments still open: any verdict completes an assignment and removes its claim from the queue. `openCount` and `overdueCount` count the whole queue, not the page.
         */
        get: operations["getMyQueue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/time-zone": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your time zone: the zone pages and reports write times in (stored times stay UTC) */
        get: operations["getMyTimeZone"];
        /** Choose your time zone (an IANA name such as Europe/Berlin; null goes back to the browser's zone) */
        put: operations["setMyTimeZone"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your notifications, newest first, on claims you may still read (and, for admins, notices about the server) */
        get: operations["listNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark some of your notifications read (`ids`), or all of them (`all: true`) */
        post: operations["markNotificationsRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This document */
        get: operations["getOpenApiDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rating-scale": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The desk's rating scale: its bounds and every label in order, retired ones included */
        get: operations["getRatingScale"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rating-scale/labels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a label at the end of the scale (admins)
         * @description Names are unique whatever their case (retired labels keep theirs).
         */
        post: operations["createRatingLabel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rating-scale/labels/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One rating label */
        get: operations["getRatingLabel"];
        put?: never;
        post?: never;
        /** Delete a label no claim carries (admins) */
        delete: operations["deleteRatingLabel"];
        options?: never;
        head?: never;
        /**
         * Change a label, or retire it (`retired: true`) or bring it back (admins)
         * @description A label carried by claims keeps its verdict (409 when `verdict` would change); name, description, colour and rating may change. Every change is in the audit log with the number of claims carrying the label.
         */
        patch: operations["updateRatingLabel"];
        trace?: never;
    };
    "/api/v1/rating-scale/order": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Reorder labels among themselves (admins)
         * @description The labels named take the positions they hold now, in the order given; the others keep theirs (to swap two neighbours, send those two).
         */
        put: operations["reorderRatingLabels"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Audit report of the articles imported, or given a verdict, between two dates (whole days in your time zone, both included) */
        get: operations["getRangeReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/snapshots/{id}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download a snapshot's stored content (an attached file, a pasted text, a fetched body) */
        get: operations["getSnapshotFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your API tokens */
        get: operations["listTokens"];
        put?: never;
        /** Create an API token (from a signed-in browser session only; 403 with an API token) */
        post: operations["createToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke one of your API tokens (from a signed-in browser session only; 403 with an API token) */
        delete: operations["revokeToken"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/undo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Undo a split, merge or delete (the editor who made it, within 5 minutes)
         * @description `token` is the `undo.token` the split, merge or delete answered with. Refused with 403 for anyone but the editor who made the change, and with 409 once the offer expired, was used, or any claim it produced changed or went into review since. The undo is audited as claim.undone; nothing in history is rewritten.
         */
        post: operations["undoCuration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List users (admins) */
        get: operations["listUsers"];
        put?: never;
        /** Create a user (admins) */
        post: operations["createUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a user's role, active flag or password (admins); deactivating revokes their API tokens and a new password ends their sessions */
        patch: operations["updateUser"];
        trace?: never;
    };
    "/api/v1/users/{id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deactivate a user and move, spread or leave their open assignments (admins)
         * @description openAssignments: reassign (to toReviewerId), spread (over every other active reviewer) or leave (the dashboards flag them). The deactivation stands even if moving fails; `reassignError` then says why.
         */
        post: operations["deactivateUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/reassign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move the open assignments a deactivated user still holds (admins) */
        post: operations["reassignOpenWork"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Webhook endpoints, newest first (admins) */
        get: operations["listWebhooks"];
        put?: never;
        /**
         * Register a webhook endpoint (admins); without `secret` one is generated. The secret is shown once.
         * @description Events: article.imported, claim.verdict, claim.signed_off, article.published, claim.corrected. Each delivery is a POST of JSON signed with ClaimLedger-Timestamp and ClaimLedger-Signature: sha256=HMAC-SHA256(secret, TIMESTAMP + "." + BODY) (docs/webhooks.md).
         */
        post: operations["createWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One webhook endpoint (admins) */
        get: operations["getWebhook"];
        put?: never;
        post?: never;
        /** Delete a webhook endpoint and its delivery log (admins) */
        delete: operations["deleteWebhook"];
        options?: never;
        head?: never;
        /**
         * Change a webhook endpoint's URL, events or enabled, or replace its secret (admins)
         * @description `secret` sets a secret you chose; `rotateSecret: true` generates one. Either is returned once as `secret`. Enabling an endpoint clears its failure streak.
         */
        patch: operations["updateWebhook"];
        trace?: never;
    };
    "/api/v1/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A webhook endpoint's delivery attempts, newest first (admins) */
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{id}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Queue a test event (webhook.test) to this endpoint, also while it is disabled (admins) */
        post: operations["sendWebhookTestEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        ApiToken: {
            /** Format: date-time */
            createdAt: string;
            /** @description After this instant the token is refused (401); null: never. */
            expiresAt: string | null;
            id: string;
            lastUsedAt: string | null;
            name: string;
            /** @description A read-only token may only read: every write answers 403 READ_ONLY_TOKEN. */
            readOnly: boolean;
            revokedAt: string | null;
            tokenStart: string;
        };
        Article: {
            bodySha256: string;
            /** Format: date-time */
            createdAt: string;
            /**
             * @description Base direction of the text: rtl for Arabic, Hebrew, Persian…
             * @enum {string}
             */
            direction: "ltr" | "rtl";
            id: string;
            /** @description BCP 47 tag of the text's language ("ar", "en"): detected at import unless given. */
            language: string;
            publishedAt: string | null;
            publisher: string | null;
            title: string;
            url: string | null;
        };
        ArticleDetail: {
            /** @description The text as imported; claim offsets (start, end) index into it in UTF-16 code units. */
            body: string;
            bodySha256: string;
            /** @description Claims with the verdict CORROBORATED. */
            corroborated: number;
            /**
             * Format: date-time
             * @description When it was imported.
             */
            createdAt: string;
            /**
             * @description Base direction of the text: rtl for Arabic, Hebrew, Persian…
             * @enum {string}
             */
            direction: "ltr" | "rtl";
            /** @description Claims with the verdict DISPUTED. */
            disputed: number;
            /** @description Set while the article is finalized (read-only). */
            finalizedAt: string | null;
            id: string;
            importedByName: string;
            /** @description BCP 47 tag of the text's language ("ar", "en"): detected at import unless given. */
            language: string;
            /** @description The latest recorded change to the article or its claims. */
            lastActivityAt: string | null;
            /** @description Open assignments on live claims. */
            openAssignments: number;
            /** @description Open assignments past their due date. */
            overdueAssignments: number;
            /** @description Claims not yet reviewed. */
            pending: number;
            publishedAt: string | null;
            publisher: string | null;
            title: string;
            /** @description Live claims. */
            total: number;
            /** @description Claims with the verdict UNVERIFIED. */
            unverified: number;
            url: string | null;
            /** @description Claims with any verdict: the done ones. Progress is withVerdict / total. */
            withVerdict: number;
        };
        ArticleList: {
            articles: components["schemas"]["ArticleOverview"][];
            /** @description Pass as `cursor` for the following page; null on the last page. */
            next: string | null;
        };
        ArticleOverview: {
            /** @description Claims with the verdict CORROBORATED. */
            corroborated: number;
            /**
             * Format: date-time
             * @description When it was imported.
             */
            createdAt: string;
            /** @description Claims with the verdict DISPUTED. */
            disputed: number;
            /** @description Set while the article is finalized (read-only). */
            finalizedAt: string | null;
            id: string;
            importedByName: string;
            /** @description The latest recorded change to the article or its claims. */
            lastActivityAt: string | null;
            /** @description Open assignments on live claims. */
            openAssignments: number;
            /** @description Open assignments past their due date. */
            overdueAssignments: number;
            /** @description Claims not yet reviewed. */
            pending: number;
            publishedAt: string | null;
            publisher: string | null;
            title: string;
            /** @description Live claims. */
            total: number;
            /** @description Claims with the verdict UNVERIFIED. */
            unverified: number;
            /** @description Claims with any verdict: the done ones. Progress is withVerdict / total. */
            withVerdict: number;
        };
        Assignment: {
            assignedById: string;
            claimId: string;
            closedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            dueAt: string | null;
            id: string;
            note: string | null;
            reviewer: {
                /** @description Given to editors and admins when they assign; omitted in claim details. */
                email?: string;
                id: string;
                name: string;
            };
            reviewerId: string;
            /** @enum {string} */
            state: "OPEN" | "COMPLETED" | "CANCELLED";
        };
        AuditEntry: {
            /** @description What happened, e.g. "claim.split", "verdict.set", "evidence.added". */
            action: string;
            /** @description null: the system. */
            actor: {
                id: string;
                name: string;
            } | null;
            /** @description The changed fields after (JSON), or null. */
            after: unknown;
            /** @description The changed fields before (JSON), or null. */
            before: unknown;
            /** Format: date-time */
            createdAt: string;
            entityId: string;
            entityType: string;
            id: string;
        };
        AuditLog: {
            events: components["schemas"]["AuditEntry"][];
            /** @description Pass as `cursor` for the following page; null on the last page. */
            next: string | null;
        };
        ClaimAssignment: {
            assignedBy: {
                name: string;
            };
            closedAt: string | null;
            dueAt: string | null;
            id: string;
            note: string | null;
            reviewer: {
                id: string;
                name: string;
            };
            /** @enum {string} */
            state: "OPEN" | "COMPLETED" | "CANCELLED";
        };
        ClaimCandidate: {
            end: number;
            reasons: string[];
            score: number;
            start: number;
            statement: string;
            /** @description The quote. */
            text: string;
        };
        ClaimList: {
            claims: components["schemas"]["ClaimListItem"][];
            /** @description Pass as `cursor` for the following page; null on the last page. */
            next: string | null;
        };
        ClaimListItem: {
            articleId: string;
            /** @description The reviewer of the open assignment; active false: their account was deactivated. */
            assignee: {
                active: boolean;
                id: string;
                name: string;
            } | null;
            claimant: string | null;
            /** Format: date-time */
            createdAt: string;
            currentSources: number;
            dueAt: string | null;
            end: number;
            id: string;
            /** @description Permanent number within the article (C1, C2, …). */
            number: number;
            overdue: boolean;
            /** @description Check-worthiness from extraction; null for claims added by hand. */
            score: number | null;
            /** @description Offset into the article body, in UTF-16 code units. */
            start: number;
            /** @description The assertion as a reviewer reads it on its own (subject and attribution restored); `text` is the quote at the anchor. */
            statement: string;
            /** @enum {string} */
            status: "PENDING" | "CORROBORATED" | "DISPUTED" | "UNVERIFIED";
            /** @description The quote: the article's text between start and end. */
            text: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description Send it (or If-Match) with a write to this claim. */
            version: number;
        };
        ClaimSnapshot: {
            evidence: {
                id: string;
                /** @enum {string} */
                stance: "SUPPORTS" | "REFUTES" | "CONTEXT";
                title: string;
                url: string;
            }[];
            id: string;
            lastChange: {
                actorName: string;
                /** Format: date-time */
                createdAt: string;
                rationale: string;
                seq: number;
                /** @enum {string} */
                toStatus: "PENDING" | "CORROBORATED" | "DISPUTED" | "UNVERIFIED";
            } | null;
            number: number;
            /** @enum {string} */
            status: "PENDING" | "CORROBORATED" | "DISPUTED" | "UNVERIFIED";
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        ClaimSummary: {
            claimant: string | null;
            end: number;
            id: string;
            /** @description Permanent number within the article (C1, C2, …). */
            number: number;
            /** @description Position in reading order. */
            ordinal: number;
            reasons: string[];
            score: number | null;
            /** @description Offset into the article body, in UTF-16 code units. */
            start: number;
            /** @description The assertion as a reviewer reads it on its own (subject and attribution restored); `text` is the quote at the anchor. */
            statement: string;
            /** @enum {string} */
            status: "PENDING" | "CORROBORATED" | "DISPUTED" | "UNVERIFIED";
            /** @description The quote: the article's text between start and end. */
            text: string;
        };
        CreatedApiToken: {
            /** Format: date-time */
            createdAt: string;
            /** @description After this instant the token is refused (401); null: never. */
            expiresAt: string | null;
            id: string;
            lastUsedAt: string | null;
            name: string;
            /** @description A read-only token may only read: every write answers 403 READ_ONLY_TOKEN. */
            readOnly: boolean;
            revokedAt: string | null;
            /** @description The token itself. Shown only in this response. */
            token: string;
            tokenStart: string;
        };
        Error: {
            error: {
                /** @description CONFLICT on import: the article that already has this text. */
                articleId?: string;
                /** @description UNAVAILABLE: the time budget the work exceeded. */
                budgetMs?: number;
                /** @description Publish: the claims not yet approved (neither approved nor excluded). */
                claims?: {
                    id: string;
                    number: number;
                    signoff: string;
                    status: string;
                }[];
                /** @enum {string} */
                code: "VALIDATION_FAILED" | "UNAUTHENTICATED" | "FORBIDDEN" | "READ_ONLY_TOKEN" | "NOT_FOUND" | "CONFLICT" | "PRECONDITION_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "METHOD_NOT_ALLOWED" | "BAD_REQUEST" | "RATE_LIMITED" | "UNAVAILABLE" | "INTERNAL";
                /** @description CONFLICT over a stale version: the claim as it is now, to compare with your change. */
                current?: components["schemas"]["ClaimSnapshot"] | null;
                /** @description Field path → messages; '_' is the whole input. */
                fields?: {
                    [key: string]: string[];
                };
                message: string;
                /**
                 * @description UNAVAILABLE: whether the work waited too long to start or ran too long.
                 * @enum {string}
                 */
                phase?: "queued" | "running";
                /** @description Finalize: the unfinished counts to confirm, as they are now. */
                preview?: {
                    claims: number;
                    openAssignments: number;
                    pending: number;
                };
                /** @description Comment: the @names that match nobody. */
                unknownMentions?: string[];
            };
        };
        Evidence: {
            /** Format: date-time */
            accessedAt: string;
            /** @description In claim reads: who added the source. */
            addedBy?: {
                name: string;
            };
            addedById: string;
            claimId: string;
            /** Format: date-time */
            createdAt: string;
            excerpt: string | null;
            id: string;
            linkCheckedAt: string | null;
            /**
             * @description What the latest fetch of the URL found: PENDING until the first snapshot (taken in the background after the source is added); CHANGED when the page's readable text differs from the first snapshot's; GONE on 404/410; UNREACHABLE; REFUSED when the address is not fetched (a private address, a type not kept).
             * @enum {string}
             */
            linkState: "PENDING" | "OK" | "CHANGED" | "GONE" | "UNREACHABLE" | "REFUSED";
            note: string | null;
            publishedAt: string | null;
            publisher: string | null;
            removedAt: string | null;
            /** @description In claim reads: who removed it. */
            removedBy?: {
                name: string;
            } | null;
            removedById: string | null;
            /** @description Every fetch of the URL, oldest first (append-only). */
            snapshots: components["schemas"]["SourceSnapshot"][];
            /** @enum {string} */
            stance: "SUPPORTS" | "REFUTES" | "CONTEXT";
            title: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description Normalised: lowercase scheme and host, no default port, no fragment. */
            url: string;
        };
        EvidenceChange: {
            claim: {
                id: string;
                version: number;
            };
            evidence: components["schemas"]["Evidence"];
        };
        FinalizePreview: {
            claims: number;
            openAssignments: number;
            pending: number;
        };
        Health: {
            /** @enum {string} */
            database: "embedded" | "external";
            /** @constant */
            migrations: "up-to-date";
            /** @constant */
            status: "ok";
        } | {
            /** @enum {string} */
            database: "embedded" | "external";
            reason: string;
            /** @constant */
            status: "error";
        };
        ImportedArticle: {
            article: components["schemas"]["Article"];
            claims: components["schemas"]["ClaimSummary"][];
        };
        MentionList: {
            mentions: {
                comment: {
                    author: {
                        id: string;
                        name: string;
                    };
                    body: string;
                    claim: {
                        articleId: string;
                        id: string;
                        number: number;
                    };
                    id: string;
                };
                /** Format: date-time */
                createdAt: string;
                id: string;
                readAt: string | null;
            }[];
            /** @description Pass as `cursor` for the following page; null on the last page. */
            next: string | null;
        };
        Notification: {
            /** @description Who made the change; null for reminders and source checks. */
            actor: {
                id: string;
                name: string;
            } | null;
            /** @description null for a notice about the server itself (WEBHOOK_DISABLED), shown to admins only. */
            articleId: string | null;
            articleTitle: string | null;
            claimId: string | null;
            claimNumber: number | null;
            /** Format: date-time */
            createdAt: string;
            /** @description Facts of the kind: commentId, assignmentId, dueAt, fromStatus, toStatus, evidenceId, state; for WEBHOOK_DISABLED endpointId, url and failingSince (never the secret). */
            data: {
                [key: string]: string | number | boolean | null;
            };
            id: string;
            /**
             * @description ASSIGNED, MENTIONED, CONSULTED, DUE_TOMORROW, OVERDUE, VERDICT_REOPENED (your verdict was taken back), VERDICT_CHANGED (someone else set a new verdict over yours), SOURCE_CHANGED (a source you cited changed or is gone), SIGNOFF_REQUESTED (a verdict on a claim you assigned awaits sign-off), WEBHOOK_DISABLED (admins: a webhook endpoint failing for a day was disabled; no article or claim). New kinds may be added.
             * @enum {string}
             */
            kind: "ASSIGNED" | "MENTIONED" | "CONSULTED" | "DUE_TOMORROW" | "OVERDUE" | "VERDICT_REOPENED" | "VERDICT_CHANGED" | "SOURCE_CHANGED" | "SIGNOFF_REQUESTED" | "WEBHOOK_DISABLED";
            /** @description The app's page of the thing (a path such as /claims/ID, or /admin/webhooks). */
            link: string;
            readAt: string | null;
        };
        /** @description Every kind's channel (your choice, else the default). */
        NotificationPreferences: {
            /**
             * @description APP: in the app only; EMAIL: also emailed at once; DIGEST: also in the daily digest email; OFF: not at all.
             * @enum {string}
             */
            ASSIGNED: "APP" | "EMAIL" | "DIGEST" | "OFF";
            /**
             * @description APP: in the app only; EMAIL: also emailed at once; DIGEST: also in the daily digest email; OFF: not at all.
             * @enum {string}
             */
            CONSULTED: "APP" | "EMAIL" | "DIGEST" | "OFF";
            /**
             * @description APP: in the app only; EMAIL: also emailed at once; DIGEST: also in the daily digest email; OFF: not at all.
             * @enum {string}
             */
            DUE_TOMORROW: "APP" | "EMAIL" | "DIGEST" | "OFF";
            /**
             * @description APP: in the app only; EMAIL: also emailed at once; DIGEST: also in the daily digest email; OFF: not at all.
             * @enum {string}
             */
            MENTIONED: "APP" | "EMAIL" | "DIGEST" | "OFF";
            /**
             * @description APP: in the app only; EMAIL: also emailed at once; DIGEST: also in the daily digest email; OFF: not at all.
             * @enum {string}
             */
            OVERDUE: "APP" | "EMAIL" | "DIGEST" | "OFF";
            /**
             * @description APP: in the app only; EMAIL: also emailed at once; DIGEST: also in the daily digest email; OFF: not at all.
             * @enum {string}
             */
            SIGNOFF_REQUESTED: "APP" | "EMAIL" | "DIGEST" | "OFF";
            /**
             * @description APP: in the app only; EMAIL: also emailed at once; DIGEST: also in the daily digest email; OFF: not at all.
             * @enum {string}
             */
            SOURCE_CHANGED: "APP" | "EMAIL" | "DIGEST" | "OFF";
            /**
             * @description APP: in the app only; EMAIL: also emailed at once; DIGEST: also in the daily digest email; OFF: not at all.
             * @enum {string}
             */
            VERDICT_CHANGED: "APP" | "EMAIL" | "DIGEST" | "OFF";
            /**
             * @description APP: in the app only; EMAIL: also emailed at once; DIGEST: also in the daily digest email; OFF: not at all.
             * @enum {string}
             */
            VERDICT_REOPENED: "APP" | "EMAIL" | "DIGEST" | "OFF";
            /**
             * @description APP: in the app only; EMAIL: also emailed at once; DIGEST: also in the daily digest email; OFF: not at all.
             * @enum {string}
             */
            WEBHOOK_DISABLED: "APP" | "EMAIL" | "DIGEST" | "OFF";
        };
        RatingLabel: {
            /** @description Claims (deleted ones too) that carry the label; admins only. A label carried by any cannot be deleted. */
            claimsCarrying?: number;
            /** @description #rrggbb */
            color: string;
            /** Format: date-time */
            createdAt: string;
            description: string;
            id: string;
            name: string;
            /** @description Order on the scale, from 1. */
            position: number;
            /** @description ClaimReview ratingValue: 1 = worst … 5 = best. */
            ratingValue: number;
            /** @description Retired labels stay on the claims that carry them but cannot be chosen. */
            retiredAt: string | null;
            /** Format: date-time */
            updatedAt: string;
            /**
             * @description The verdict the label stands for: rules, progress and filters use it.
             * @enum {string}
             */
            verdict: "CORROBORATED" | "DISPUTED" | "UNVERIFIED";
        };
        RevisionClaim: {
            /**
             * @description Where the claim's quote is in the current revision: EXACT (found as it was), NEEDS_RECHECK (an approximate match an editor should confirm), ORPHANED (its text is gone; the claim and its work are kept).
             * @enum {string}
             */
            anchorState: "EXACT" | "NEEDS_RECHECK" | "ORPHANED";
            /** @description End offset in the current revision; absent when orphaned. */
            end?: number;
            id: string;
            /** @description Orphans only: the revision the quote was last found in. */
            lastAnchoredRevision?: number;
            number: number;
            /** @description The revision the claim was made on. */
            revision: number;
            /** @description Offset in the current revision (UTF-16 code units); absent when orphaned. */
            start?: number;
            statement: string;
            status: string;
            /** @description The quote at the anchor (for an orphan: as last found). */
            text: string;
            version: number;
        };
        SimilarClaim: {
            articleId: string;
            articleTitle: string;
            /** @description The other claim: the earlier one (or, in `linkedFrom`, the later one). */
            claimId: string;
            /** @description Figures the two state differently ("12" vs "15" dead). */
            conflicts: {
                ours: string;
                theirs: string;
                unit: string | null;
            }[];
            decidedAt: string | null;
            /** @enum {string} */
            direction: "earlier" | "later";
            language: string;
            /** @description The suggestion (what confirm, dismiss and reuse name). */
            matchId: string;
            number: number;
            rationale: string | null;
            /** @description Set when the pair was aligned within a story both articles tell: `wordScore` is the score on the words alone; `score` adds the story bonus (CLAIMLEDGER_SIMILAR_STORY_BONUS). */
            sameStory: {
                wordScore: number;
            } | null;
            score: number;
            sharedNumbers: string[];
            sharedWords: string[];
            sourceCount: number;
            /** @enum {string} */
            state: "SUGGESTED" | "CONFIRMED" | "DISMISSED";
            statement: string;
            statementRuns: {
                shared: boolean;
                text: string;
            }[];
            /**
             * @description The other claim's status (its verdict, once reviewed).
             * @enum {string}
             */
            status: "PENDING" | "CORROBORATED" | "DISPUTED" | "UNVERIFIED";
        };
        SnapshotAdded: {
            claim: {
                id: string;
            };
            snapshot: components["schemas"]["SourceSnapshot"];
        };
        SourceSnapshot: {
            bodyBytes: number | null;
            contentType: string | null;
            /** @description Why nothing could be fetched. */
            error: string | null;
            /** @description Whether the source's excerpt occurs in the page's readable text (null: no excerpt or no text). */
            excerptFound: boolean | null;
            /** Format: date-time */
            fetchedAt: string;
            /** @description An attached file's name as uploaded. */
            fileName: string | null;
            /** @description Where redirects ended. */
            finalUrl: string | null;
            httpStatus: number | null;
            id: string;
            /**
             * @description How it was obtained: fetched from the URL, its text pasted by a person (a paywalled page), or a file attached.
             * @enum {string}
             */
            origin: "FETCHED" | "PASTED" | "ATTACHED";
            /** @enum {string} */
            outcome: "PENDING" | "OK" | "CHANGED" | "GONE" | "UNREACHABLE" | "REFUSED";
            /** @description Who pasted or attached it (null when fetched). */
            providedBy: {
                name: string;
            } | null;
            /** @description SHA-256 of the body as received, hex. */
            sha256: string | null;
            /** @description Why an attached document's text could not be read. */
            textError: string | null;
            /** @description An attached PDF or .docx: its text is read in the background (PENDING until then), READ (excerptFound then says whether the excerpt occurs in it) or UNREADABLE (textError says why: a scan without text, a password, a damaged file). Null for other snapshots. */
            textState: ("PENDING" | "READ" | "UNREADABLE") | null;
        };
        StatusChange: {
            /** @description In claim reads: who made the change, by name. */
            actor?: {
                name: string;
            };
            actorId: string;
            citedEvidence: {
                id: string;
                url: string;
            }[];
            claimId: string;
            /** Format: date-time */
            createdAt: string;
            /**
             * @description PENDING until a reviewer records a verdict; then CORROBORATED, DISPUTED or UNVERIFIED (checked: neither confirmed nor refuted).
             * @enum {string}
             */
            fromStatus: "PENDING" | "CORROBORATED" | "DISPUTED" | "UNVERIFIED";
            /** @description SHA-256 over prevHash and the canonical serialisation of the change. */
            hash: string;
            id: string;
            /**
             * @description What the row records; rows from before sign-off are VERDICT.
             * @enum {string}
             */
            kind?: "VERDICT" | "APPROVED" | "SENT_BACK" | "PUBLISHED" | "CORRECTION";
            prevHash: string | null;
            /** @description The desk's rating label the verdict was given under, as named then (docs/rating-scale.md); null on the default scale. */
            ratingLabel?: string | null;
            rationale: string;
            seq: number;
            /**
             * @description PENDING until a reviewer records a verdict; then CORROBORATED, DISPUTED or UNVERIFIED (checked: neither confirmed nor refuted).
             * @enum {string}
             */
            toStatus: "PENDING" | "CORROBORATED" | "DISPUTED" | "UNVERIFIED";
        };
        User: {
            active: boolean;
            /**
             * Format: date-time
             * @description In the user-management answers (admins).
             */
            createdAt?: string;
            /** @description In the user-management answers (admins). */
            deactivatedAt?: string | null;
            email: string;
            id: string;
            name: string;
            /** @enum {string} */
            role: "ADMIN" | "EDITOR" | "REVIEWER";
            /** @description GET /api/v1/me: the zone you chose (IANA), or null: the browser's zone is used. */
            timeZone?: string | null;
        };
        WebhookDelivery: {
            /** @description 1 for the first attempt, then 2, 3, … for retries. */
            attempt: number;
            /** Format: date-time */
            createdAt: string;
            /** @description The payload's `id`: the same on every attempt of one event. */
            deliveryId: string;
            durationMs: number;
            event: string;
            id: string;
            /** @description Any 2xx answer is a success. */
            ok: boolean;
            /** @description The first 500 characters of the answer, or why there was none. */
            responseExcerpt: string | null;
            /** @description The answer's HTTP status; null when none came (refused, timed out). */
            status: number | null;
        };
        WebhookEndpoint: {
            /** Format: date-time */
            createdAt: string;
            disabledAt: string | null;
            /** @description auto: every delivery failed for the whole window (a day by default); admin: switched off. */
            disabledReason: ("auto" | "admin") | null;
            enabled: boolean;
            events: ("article.imported" | "claim.verdict" | "claim.signed_off" | "article.published" | "claim.corrected")[];
            /** @description Since when every attempt has failed; null after a success. */
            failingSince: string | null;
            failuresInARow: number;
            id: string;
            lastDelivery: components["schemas"]["WebhookDelivery"] | null;
            lastDeliveryAt: string | null;
            /** @description The secret's last four characters (the secret itself is never shown again). */
            secretHint: string;
            /** Format: date-time */
            updatedAt: string;
            url: string;
        };
        WebhookEndpointSettings: {
            /** Format: date-time */
            createdAt: string;
            disabledAt: string | null;
            /** @description auto: every delivery failed for the whole window (a day by default); admin: switched off. */
            disabledReason: ("auto" | "admin") | null;
            enabled: boolean;
            events: ("article.imported" | "claim.verdict" | "claim.signed_off" | "article.published" | "claim.corrected")[];
            /** @description Since when every attempt has failed; null after a success. */
            failingSince: string | null;
            id: string;
            lastDeliveryAt: string | null;
            /** @description The secret's last four characters (the secret itself is never shown again). */
            secretHint: string;
            /** Format: date-time */
            updatedAt: string;
            url: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Healthy */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            /** @description Unhealthy, with the reason */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
        };
    };
    listArticles: {
        parameters: {
            query?: {
                /** @description The `next` of the previous page, unchanged. */
                cursor?: string;
                /** @description Imported on or after this day (YYYY-MM-DD, UTC). */
                from?: string;
                /** @description Rows per page, 1 to 200 (default 50). */
                limit?: string;
                /** @description true: articles with an open assignment past due. */
                overdue?: string;
                /** @description Words in the title or in any claim (full-text, as on the articles page). */
                q?: string;
                /** @description Articles with a claim assigned to this user id. */
                reviewer?: string;
                /** @description open or finalized. */
                state?: string;
                /** @description Articles with at least one claim in this status. */
                status?: string;
                /** @description Imported on or before this day (YYYY-MM-DD, UTC). */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of articles */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "articles": [
                     *         {
                     *           "id": "cm4x7k2lq0001a8b3c9d4e5f6",
                     *           "title": "Syrian army withdraws from Hama as rebels advance",
                     *           "publisher": "Al Bawaba",
                     *           "publishedAt": "2024-12-05T00:00:00.000Z",
                     *           "createdAt": "2024-12-05T09:12:44.000Z",
                     *           "finalizedAt": null,
                     *           "importedByName": "Rana Haddad",
                     *           "total": 2,
                     *           "pending": 1,
                     *           "corroborated": 1,
                     *           "disputed": 0,
                     *           "unverified": 0,
                     *           "withVerdict": 1,
                     *           "openAssignments": 1,
                     *           "overdueAssignments": 0,
                     *           "lastActivityAt": "2024-12-05T11:40:02.000Z"
                     *         }
                     *       ],
                     *       "next": "c1.Y200eDdrMmxxMDAwMWE4YjNjOWQ0ZTVmNg"
                     *     }
                     */
                    "application/json": components["schemas"]["ArticleList"];
                };
            };
            /** @description Malformed JSON or invalid fields; `fields` says which. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION_FAILED",
                     *         "message": "The input is not valid.",
                     *         "fields": {
                     *           "rationale": [
                     *             "Explain the verdict in at least 15 characters."
                     *           ]
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token. */
            401: {
                headers: {
                    /** @description Bearer realm="ClaimLedger", with error="invalid_token" when the token sent was refused. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Over the rate limit of the caller or the client address (docs/api.md). */
            429: {
                headers: {
                    /** @description Seconds until the limit's window ends. */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    importArticle: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "title": "Syrian army withdraws from Hama as rebels advance",
                 *       "body": "The Syrian army said on Thursday it had withdrawn from the city of Hama.\n\nThe UN said 370,000 people had fled the fighting since late November.",
                 *       "publisher": "Al Bawaba",
                 *       "url": "https://www.albawaba.com/news/syria-hama",
                 *       "publishedAt": "2024-12-05"
                 *     }
                 */
                "application/json": {
                    body: string;
                    /** @description When the text was fetched from `url` (ISO 8601); set by import by URL. */
                    fetchedAt?: "" | string;
                    /** @description BCP 47 tag of the text's language ("ar", "en", "fr-CA"); detected from the text when left out or empty. */
                    language?: "" | string;
                    publishedAt?: string | "" | null;
                    publisher?: string;
                    title: string;
                    url?: "" | string;
                };
            };
        };
        responses: {
            /** @description Imported */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportedArticle"];
                };
            };
            /** @description Malformed JSON or invalid fields; `fields` says which. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION_FAILED",
                     *         "message": "The input is not valid.",
                     *         "fields": {
                     *           "rationale": [
                     *             "Explain the verdict in at least 15 characters."
                     *           ]
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token. */
            401: {
                headers: {
                    /** @description Bearer realm="ClaimLedger", with error="invalid_token" when the token sent was refused. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Your role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The same text was already imported; `articleId` names the existing article. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 5 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not sent as Content-Type: application/json. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Over the rate limit of the caller or the client address (docs/api.md). */
            429: {
                headers: {
                    /** @description Seconds until the limit's window ends. */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Extracting claims from a very large text ran past its time budget (CLAIMLEDGER_EXTRACTION_TIMEOUT_MS); `budgetMs` and `phase` say which. Nothing was saved. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getArticle: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Article */
            200: {
                headers: {
                    /** @description Changes whenever anything in this answer changes (counts included). */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArticleDetail"];
                };
            };
            /** @description Malformed JSON or invalid fields; `fields` says which. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION_FAILED",
                     *         "message": "The input is not valid.",
                     *         "fields": {
                     *           "rationale": [
                     *             "Explain the verdict in at least 15 characters."
                     *           ]
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token. */
            401: {
                headers: {
                    /** @description Bearer realm="ClaimLedger", with error="invalid_token" when the token sent was refused. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Your role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such article. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Over the rate limit of the caller or the client address (docs/api.md). */
            429: {
                headers: {
                    /** @description Seconds until the limit's window ends. */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getArticleAuditLog: {
        parameters: {
            query?: {
                /** @description The `next` of the previous page, unchanged. */
                cursor?: string;
                /** @description Rows per page, 1 to 200 (default 50). */
                limit?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of events */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditLog"];
                };
            };
            /** @description Malformed JSON or invalid fields; `fields` says which. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION_FAILED",
                     *         "message": "The input is not valid.",
                     *         "fields": {
                     *           "rationale": [
                     *             "Explain the verdict in at least 15 characters."
                     *           ]
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token. */
            401: {
                headers: {
                    /** @description Bearer realm="ClaimLedger", with error="invalid_token" when the token sent was refused. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Your role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such article. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Over the rate limit of the caller or the client address (docs/api.md). */
            429: {
                headers: {
                    /** @description Seconds until the limit's window ends. */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    autoAssign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    dueAt?: string | "" | null;
                    note?: string | null;
                    reviewerIds: string[];
                };
            };
        };
        responses: {
            /** @description Assigned */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        articleId: string;
                        /** @description Claims assigned. */
                        count: number;
                    };
                };
            };
            /** @description Malformed JSON or invalid fields; `fields` says which. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION_FAILED",
                     *         "message": "The input is not valid.",
                     *         "fields": {
                     *           "rationale": [
                     *             "Explain the verdict in at least 15 characters."
                     *           ]
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token. */
            401: {
                headers: {
                    /** @description Bearer realm="ClaimLedger", with error="invalid_token" when the token sent was refused. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Your role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such article. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The article is finalized: reopen it first. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 5 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not sent as Content-Type: application/json. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Over the rate limit of the caller or the client address (docs/api.md). */
            429: {
                headers: {
                    /** @description Seconds until the limit's window ends. */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listCandidates: {
        parameters: {
            query?: {
                /** @description The `next` of the previous page, unchanged. */
                cursor?: string;
                /** @description Rows per page, 1 to 200 (default 50). */
                limit?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Candidates in reading order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        candidates: components["schemas"]["ClaimCandidate"][];
                        /** @description Pass as `cursor` for the following page; null on the last page. */
                        next: string | null;
                    };
                };
            };
            /** @description Malformed JSON or invalid fields; `fields` says which. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION_FAILED",
                     *         "message": "The input is not valid.",
                     *         "fields": {
                     *           "rationale": [
                     *             "Explain the verdict in at least 15 characters."
                     *           ]
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token. */
            401: {
                headers: {
                    /** @description Bearer realm="ClaimLedger", with error="invalid_token" when the token sent was refused. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Your role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such article. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Over the rate limit of the caller or the client address (docs/api.md). */
            429: {
                headers: {
                    /** @description Seconds until the limit's window ends. */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Extracting claims from a very large text ran past its time budget (CLAIMLEDGER_EXTRACTION_TIMEOUT_MS); `budgetMs` and `phase` say which. Nothing was saved. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    promoteCandidate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    end: number;
                    start: number;
                };
            };
        };
        responses: {
            /** @description Promoted */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        number: number;
                    };
                };
            };
            /** @description Malformed JSON or invalid fields; `fields` says which. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION_FAILED",
                     *         "message": "The input is not valid.",
                     *         "fields": {
                     *           "rationale": [
                     *             "Explain the verdict in at least 15 characters."
                     *           ]
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token. */
            401: {
                headers: {
                    /** @description Bearer realm="ClaimLedger", with error="invalid_token" when the token sent was refused. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Your role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such article. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The span is no longer a candidate (a claim covers it), or the article is finalized. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 5 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not sent as Content-Type: application/json. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Over the rate limit of the caller or the client address (docs/api.md). */
            429: {
                headers: {
                    /** @description Seconds until the limit's window ends. */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Extracting claims from a very large text ran past its time budget (CLAIMLEDGER_EXTRACTION_TIMEOUT_MS); `budgetMs` and `phase` say which. Nothing was saved. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listArticleClaims: {
        parameters: {
            query?: {
                /** @description A reviewer's user id, or "none": claims without an open assignment. */
                assignee?: string;
                /** @description The `next` of the previous page, unchanged. */
                cursor?: string;
                /** @description true: with at least one current source; false: with none. */
                evidence?: string;
                /** @description Rows per page, 1 to 200 (default 50). */
                limit?: string;
                /** @description true: the open assignment is past due; false: it is not (or there is none). */
                overdue?: string;
                /** @description PENDING, CORROBORATED, DISPUTED or UNVERIFIED. */
                status?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of claims */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "claims": [
                     *         {
                     *           "id": "cm4x7k2lq0007a8b3xyz12345",
                     *           "articleId": "cm4x7k2lq0001a8b3c9d4e5f6",
                     *           "number": 2,
                     *           "text": "The UN said 370,000 people had fled the fighting since late November.",
                     *           "statement": "The UN said 370,000 people had fled the fighting since late November.",
                     *           "start": 74,
                     *           "end": 144,
                     *           "claimant": "The UN",
                     *           "status": "PENDING",
                     *           "version": 3,
                     *           "score": 0.91,
                     *           "currentSources": 1,
                     *           "assignee": {
                     *             "id": "cm4x7k2lq0003a8b3reviewer1",
                     *             "name": "Omar Said",
                     *             "active": true
                     *           },
                     *           "dueAt": "2024-12-06T21:59:59.999Z",
                     *           "overdue": false,
                     *           "createdAt": "2024-12-05T09:12:44.000Z",
                     *           "updatedAt": "2024-12-05T10:02:13.000Z"
                     *         }
                     *       ],
                     *       "next": null
                     *     }
                     */
                    "application/json": components["schemas"]["ClaimList"];
                };
            };
            /** @description Malformed JSON or invalid fields; `fields` says which. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION_FAILED",
                     *         "message": "The input is not valid.",
                     *         "fields": {
                     *           "rationale": [
                     *             "Explain the verdict in at least 15 characters."
                     *           ]
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token. */
            401: {
                headers: {
                    /** @description Bearer realm="ClaimLedger", with error="invalid_token" when the token sent was refused. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Your role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such article. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Over the rate limit of the caller or the client address (docs/api.md). */
            429: {
                headers: {
                    /** @description Seconds until the limit's window ends. */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    addClaim: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    end: number;
                    start: number;
                    text: string;
                };
            };
        };
        responses: {
            /** @description Added */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        number: number;
                    };
                };
            };
            /** @description Malformed JSON or invalid fields; `fields` says which. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION_FAILED",
                     *         "message": "The input is not valid.",
                     *         "fields": {
                     *           "rationale": [
                     *             "Explain the verdict in at least 15 characters."
                     *           ]
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token. */
            401: {
                headers: {
                    /** @description Bearer realm="ClaimLedger", with error="invalid_token" when the token sent was refused. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Your role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such article. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The article is finalized, or the span overlaps a live claim. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 5 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not sent as Content-Type: application/json. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Over the rate limit of the caller or the client address (docs/api.md). */
            429: {
                headers: {
                    /** @description Seconds until the limit's window ends. */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getClaimByNumber: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description The claim number, e.g. 7 or C7. */
                number: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Claim */
            200: {
                headers: {
                    /** @description The claim version as a validator ("v7"): send it as If-Match with a write. */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Malformed JSON or invalid fields; `fields` says which. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION_FAILED",
                     *         "message": "The input is not valid.",
                     *         "fields": {
                     *           "rationale": [
                     *             "Explain the verdict in at least 15 characters."
                     *           ]
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token. */
            401: {
                headers: {
                    /** @description Bearer realm="ClaimLedger", with error="invalid_token" when the token sent was refused. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Your role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such article or claim number. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Over the rate limit of the caller or the client address (docs/api.md). */
            429: {
                headers: {
                    /** @description Seconds until the limit's window ends. */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    rerunExtraction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description New claims added. */
                        added: number;
                        /** @description Claims the extractor found in the text. */
                        found: number;
                        /** @description Claims left as they were. */
                        kept: number;
                        /** @description Unreviewed claims whose score and reasons were updated. */
                        refreshed: number;
                    };
                };
            };
            /** @description Malformed JSON or invalid fields; `fields` says which. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION_FAILED",
                     *         "message": "The input is not valid.",
                     *         "fields": {
                     *           "rationale": [
                     *             "Explain the verdict in at least 15 characters."
                     *           ]
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token. */
            401: {
                headers: {
                    /** @description Bearer realm="ClaimLedger", with error="invalid_token" when the token sent was refused. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Your role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such article. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The article is finalized: reopen it first. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Over the rate limit of the caller or the client address (docs/api.md). */
            429: {
                headers: {
                    /** @description Seconds until the limit's window ends. */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Extracting claims from a very large text ran past its time budget (CLAIMLEDGER_EXTRACTION_TIMEOUT_MS); `budgetMs` and `phase` say which. Nothing was saved. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    previewFinalize: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Unfinished work */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FinalizePreview"];
                };
            };
            /** @description Malformed JSON or invalid fields; `fields` says which. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION_FAILED",
                     *         "message": "The input is not valid.",
                     *         "fields": {
                     *           "rationale": [
                     *             "Explain the verdict in at least 15 characters."
                     *           ]
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token. */
            401: {
                headers: {
                    /** @description Bearer realm="ClaimLedger", with error="invalid_token" when the token sent was refused. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Your role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such article. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Over the rate limit of the caller or the client address (docs/api.md). */
            429: {
                headers: {
                    /** @description Seconds until the limit's window ends. */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    finalizeArticle: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    confirmOpenAssignments?: number;
                    confirmPending?: number;
                };
            };
        };
        responses: {
            /** @description Finalized */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Open assignments closed (reason FINALIZED). */
                        cancelledAssignments: number;
                        finalizedAt: string | null;
                        finalizedBy: {
                            id: string;
                            name: string;
                        } | null;
                        id: string;
                        title: string;
                    };
                };
            };
            /** @description Malformed JSON or invalid fields; `fields` says which. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION_FAILED",
                     *         "message": "The input is not valid.",
                     *         "fields": {
                     *           "rationale": [
                     *             "Explain the verdict in at least 15 characters."
                     *           ]
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token. */
            401: {
                headers: {
                    /** @description Bearer realm="ClaimLedger", with error="invalid_token" when the token sent was refused. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Your role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such article. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Already finalized, or the unfinished counts changed since they were confirmed. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 5 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not sent as Content-Type: application/json. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Over the rate limit of the caller or the client address (docs/api.md). */
            429: {
                headers: {
                    /** @description Seconds until the limit's window ends. */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    publishArticle: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "url": "https://factcheck.example.org/2024/12/syria-claims",
                 *       "exclude": [
                 *         4
                 *       ]
                 *     }
                 */
                "application/json": {
                    exclude?: number[];
                    url: string;
                };
            };
        };
        responses: {
            /** @description Published */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        excluded: number[];
                        publication: {
                            articleId: string;
                            modifiedAt: string | null;
                            /** Format: date-time */
                            publishedAt: string;
                            url: string;
                        };
                        published: {
                            id: string;
                            number: number;
                            url: string;
                        }[];
                    };
                };
            };
            /** @description Malformed JSON or invalid fields; `fields` says which. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION_FAILED",
                     *         "message": "The input is not valid.",
                     *         "fields": {
                     *           "rationale": [
                     *             "Explain the verdict in at least 15 characters."
                     *           ]
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token. */
            401: {
                headers: {
                    /** @description Bearer realm="ClaimLedger", with error="invalid_token" when the token sent was refused. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Your role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such article. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some claims are not approved yet (`claims`: id, number, status, signoff of each), or none is approved. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 5 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not sent as Content-Type: application/json. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Over the rate limit of the caller or the client address (docs/api.md). */
            429: {
                headers: {
                    /** @description Seconds until the limit's window ends. */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    reopenArticle: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Reopened */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        finalizedAt: string | null;
                        finalizedBy: {
                            id: string;
                            name: string;
                        } | null;
                        id: string;
                        /** @description Assignments the finalization cancelled, given back (claims still not yet reviewed). */
                        restoredAssignments: number;
                        title: string;
                    };
                };
            };
            /** @description Malformed JSON or invalid fields; `fields` says which. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION_FAILED",
                     *         "message": "The input is not valid.",
                     *         "fields": {
                     *           "rationale": [
                     *             "Explain the verdict in at least 15 characters."
                     *           ]
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token. */
            401: {
                headers: {
                    /** @description Bearer realm="ClaimLedger", with error="invalid_token" when the token sent was refused. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Your role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such article. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not finalized. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Over the rate limit of the caller or the client address (docs/api.md). */
            429: {
                headers: {
                    /** @description Seconds until the limit's window ends. */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getArticleReport: {
        parameters: {
            query: {
                /** @description CSV only: 1 (default) starts the file with a UTF-8 byte-order mark, which Excel needs to read UTF-8; 0 leaves it out. */
                bom?: "0" | "1";
                /** @description pdf, csv, json (archive, docs/report-schema.json) or claimreview (schema.org JSON-LD). */
                format: "pdf" | "csv" | "json" | "claimreview";
                /** @description CSV only: claims (default, one row per claim) or history (one row per status change). */
                kind?: "claims" | "history";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report, streamed as an attachment. Every export is recorded as an `article.exported` audit event. Content-Disposition names the file from the article's date and title (`attachment; filename="2024-12-07-syrian-army-withdrawals-audit.pdf"; filename*=UTF-8''…`; docs/reports.md). */
            200: {
                headers: {
                    /** @description attachment; filename="ASCII name"; filename*=UTF-8''name keeping the title's script */
                    "Content-Disposition": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                    "application/ld+json": {
                        [key: string]: unknown;
                    }[];
                    "application/pdf": string;
                    "text/csv": string;
                };
            };
            /** @description Malformed JSON or invalid fields; `fields` says which. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION_FAILED",
                     *         "message": "The input is not valid.",
                     *         "fields": {
                     *           "rationale": [
                     *             "Explain the verdict in at least 15 characters."
                     *           ]
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token. */
            401: {
                headers: {
                    /** @description Bearer realm="ClaimLedger", with error="invalid_token" when the token sent was refused. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Your role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such article. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Over the rate limit of the caller or the client address (docs/api.md). */
            429: {
                headers: {
                    /** @description Seconds until the limit's window ends. */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Drawing the PDF ran past its time budget (CLAIMLEDGER_REPORT_TIMEOUT_MS), or the server was too busy to start it; `budgetMs` and `phase` say which. Nothing was recorded as exported. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listRevisions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revisions */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        current: number;
                        revisions: {
                            bodySha256: string;
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: {
                                id: string;
                                name: string;
                            };
                            fetchedAt: string | null;
                            number: number;
                            /** @description The web address the text was fetched from; null for pasted or uploaded text. */
                            sourceUrl: string | null;
                        }[];
                    };
                };
            };
            /** @description Malformed JSON or invalid fields; `fields` says which. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION_FAILED",
                     *         "message": "The input is not valid.",
                     *         "fields": {
                     *           "rationale": [
                     *             "Explain the verdict in at least 15 characters."
                     *           ]
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token. */
            401: {
                headers: {
                    /** @description Bearer realm="ClaimLedger", with error="invalid_token" when the token sent was refused. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Your role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such article. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Over the rate limit of the caller or the client address (docs/api.md). */
            429: {
                headers: {
                    /** @description Seconds until the limit's window ends. */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    importRevision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "body": "The revised article text…"
                 *     }
                 */
                "application/json": {
                    body: string;
                    /** @description When the text was fetched from `url` (ISO 8601); set by import by URL. */
                    fetchedAt?: "" | string;
                    /** @description The web address the text was fetched from, if it was. */
                    url?: "" | string;
                } | {
                    url: string;
                };
            };
        };
        responses: {
            /** @description Revision added */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        claims: components["schemas"]["RevisionClaim"][];
                        counts: {
                            added: number;
                            exact: number;
                            needsRecheck: number;
                            orphaned: number;
                        };
                        revision: {
                            bodySha256: string;
                            number: number;
                        };
                    };
                };
            };
            /** @description Malformed JSON or invalid fields; `fields` says which. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION_FAILED",
                     *         "message": "The input is not valid.",
                     *         "fields": {
                     *           "rationale": [
                     *             "Explain the verdict in at least 15 characters."
                     *           ]
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token. */
            401: {
                headers: {
                    /** @description Bearer realm="ClaimLedger", with error="invalid_token" when the token sent was refused. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Your role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such article. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The article is finalized (reopen it first), another revision was imported meanwhile, or the text is another article's current version (`articleId`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 5 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not sent as Content-Type: application/json. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Over the rate limit of the caller or the client address (docs/api.md). */
            429: {
                headers: {
                    /** @description Seconds until the limit's window ends. */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Extracting claims from a very large text ran past its time budget. Nothing was saved. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    resolveAnchor: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                claimId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** @constant */
                    resolution: "accepted";
                    version: number;
                } | {
                    /** @constant */
                    resolution: "orphaned";
                    version: number;
                } | {
                    end: number;
                    /** @constant */
                    resolution: "reselected";
                    start: number;
                    text: string;
                    version: number;
                };
            };
        };
        responses: {
            /** @description Settled */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Where the claim's quote is in the current revision: EXACT (found as it was), NEEDS_RECHECK (an approximate match an editor should confirm), ORPHANED (its text is gone; the claim and its work are kept).
                         * @enum {string}
                         */
                        anchorState: "EXACT" | "NEEDS_RECHECK" | "ORPHANED";
                        id: string;
                        number: number;
                        /** @description Whether settling reworded the statement. */
                        reworded: boolean;
                        /** @description The claim's statement after settling: accepting or re-selecting rewords it from the new quote when it is still extraction's wording and has no verdict; otherwise unchanged. */
                        statement: string;
                        version: number;
                    };
                };
            };
            /** @description Malformed JSON or invalid fields; `fields` says which. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION_FAILED",
                     *         "message": "The input is not valid.",
                     *         "fields": {
                     *           "rationale": [
                     *             "Explain the verdict in at least 15 characters."
                     *           ]
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token. */
            401: {
                headers: {
                    /** @description Bearer realm="ClaimLedger", with error="invalid_token" when the token sent was refused. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Your role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such claim in this article. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The claim changed since `version`, has nothing to accept, overlaps another claim, or the article is finalized. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 5 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not sent as Content-Type: application/json. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Over the rate limit of the caller or the client address (docs/api.md). */
            429: {
                headers: {
                    /** @description Seconds until the limit's window ends. */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    unassign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Cancelled */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        claimId: string;
                        id: string;
                        /** @constant */
                        state: "CANCELLED";
                    };
                };
            };
            /** @description Malformed JSON or invalid fields; `fields` says which. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION_FAILED",
                     *         "message": "The input is not valid.",
                     *         "fields": {
                     *           "rationale": [
                     *             "Explain the verdict in at least 15 characters."
                     *           ]
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token. */
            401: {
                headers: {
                    /** @description Bearer realm="ClaimLedger", with error="invalid_token" when the token sent was refused. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Your role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such assignment. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The assignment is no longer open. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Over the rate limit of the caller or the client address (docs/api.md). */
            429: {
                headers: {
                    /** @description Seconds until the limit's window ends. */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listClaimReviews: {
        parameters: {
            query?: {
                /** @description The `next` of the previous page, unchanged. */
                cursor?: string;
                /** @description Rows per page, 1 to 200 (default 50). */
                limit?: string;
                /** @description since: a day as YYYY-MM-DD (UTC). */
                since?: string;
                /** @description until: a day as YYYY-MM-DD (UTC). */
                until?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of ClaimReview items */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: ({
                            /** @constant */
                            "@context": "https://schema.org";
                            /** @constant */
                            "@type": "ClaimReview";
                            url: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                        /** @description Pass as `cursor` for the following page; null on the last page. */
                        next: string | null;
                    };
                };
            };
            /** @description A page size, cursor or date it cannot use. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Over the rate limit of the caller or the client address (docs/api.md). */
            429: {
                headers: {
                    /** @description Seconds until the limit's window ends. */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listClaims: {
        parameters: {
            query?: {
                /** @description A reviewer's user id, or "none": claims without an open assignment. */
                assignee?: string;
                /** @description The `next` of the previous page, unchanged. */
                cursor?: string;
                /** @description true: with at least one current source; false: with none. */
                evidence?: string;
                /** @description Rows per page, 1 to 200 (default 50). */
                limit?: string;
                /** @description true: the open assignment is past due; false: it is not (or there is none). */
                overdue?: string;
                /** @description PENDING, CORROBORATED, DISPUTED or UNVERIFIED. */
                status?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of claims */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimList"];
                };
            };
            /** @description Malformed JSON or invalid fields; `fields` says which. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION_FAILED",
                     *         "message": "The input is not valid.",
                     *         "fields": {
                     *           "rationale": [
                     *             "Explain the verdict in at least 15 characters."
                     *           ]
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token. */
            401: {
                headers: {
                    /** @description Bearer realm="ClaimLedger", with error="invalid_token" when the token sent was refused. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Over the rate limit of the caller or the client address (docs/api.md). */
            429: {
                headers: {
                    /** @description Seconds until the limit's window ends. */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getClaim: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Claim */
            200: {
                headers: {
                    /** @description The claim version as a validator ("v7"): send it as If-Match with a write. */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        assignment: components["schemas"]["ClaimAssignment"] | null;
                        claim: {
                            /** @description Whose assertion the claim is (a person or organisation), when known. */
                            claimant: string | null;
                            id: string;
                            /** @description Permanent number within the article (shown as C1, C2, …); never changes or is reused. */
                            number: number;
                            /** @description The assertion as a reviewer reads it on its own (subject and attribution restored); `text` is the quote. */
                            statement: string;
                            /**
                             * @description PENDING until a reviewer records a verdict; then CORROBORATED, DISPUTED or UNVERIFIED (checked: neither confirmed nor refuted).
                             * @enum {string}
                             */
                            status: "PENDING" | "CORROBORATED" | "DISPUTED" | "UNVERIFIED";
                            text: string;
                            version: number;
                        } & {
                            [key: string]: unknown;
                        };
                        consultations: {
                            /** Format: date-time */
                            createdAt: string;
                            id: string;
                            invitedBy: {
                                name: string;
                            };
                            user: {
                                id: string;
                                name: string;
                            };
                        }[];
                        evidence: components["schemas"]["Evidence"][];
                        history: {
                            entries: components["schemas"]["StatusChange"][];
                            verification: {
                                breaks: {
                                    [key: string]: unknown;
                                }[];
                                ok: boolean;
                            };
                        };
                        version: number;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Malformed JSON or invalid fields; `fields` says which. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION_FAILED",
                     *         "message": "The input is not valid.",
                     *         "fields": {
                     *           "rationale": [
                     *             "Explain the verdict in at least 15 characters."
                     *           ]
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token. */
            401: {
                headers: {
                    /** @description Bearer realm="ClaimLedger", with error="invalid_token" when the token sent was refused. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Your role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such claim. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Over the rate limit of the caller or the client address (docs/api.md). */
            429: {
                headers: {
                    /** @description Seconds until the limit's window ends. */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteClaim: {
        parameters: {
            query?: {
                /** @description The claim version you last read (or send If-Match). */
                version?: string;
            };
            header?: {
                /** @description The ETag of a claim read, e.g. "v7": instead of the `version` field (or `?version=`). 412 when the claim has moved on. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted (no undo offer when open assignments were cancelled) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        cancelledAssignments: number;
                        id: string;
                        /** @description Undo offer: the same editor may take the change back until expiresAt (5 minutes) while the claims stay as it left them. */
                        undo: {
                            expiresAt: string;
                            token: string;
                        } | null;
                    };
                };
            };
            /** @description Malformed JSON or invalid fields; `fields` says which. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION_FAILED",
                     *         "message": "The input is not valid.",
                     *         "fields": {
                     *           "rationale": [
                     *             "Explain the verdict in at least 15 characters."
                     *           ]
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token. */
            401: {
                headers: {
                    /** @description Bearer realm="ClaimLedger", with error="invalid_token" when the token sent was refused. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Your role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such claim. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The claim changed since `version` (`error.current` is the claim now), it already has a verdict, or the article is finalized. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match named a version the claim has moved past; `error.current` is the claim now. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Over the rate limit of the caller or the client address (docs/api.md). */
            429: {
                headers: {
                    /** @description Seconds until the limit's window ends. */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    editClaimWording: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of a claim read, e.g. "v7": instead of the `version` field (or `?version=`). 412 when the claim has moved on. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    text: string;
                    version?: number;
                };
            };
        };
        responses: {
            /** @description Reworded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        version: number;
                    };
                };
            };
            /** @description Malformed JSON or invalid fields; `fields` says which. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION_FAILED",
                     *         "message": "The input is not valid.",
                     *         "fields": {
                     *           "rationale": [
                     *             "Explain the verdict in at least 15 characters."
                     *           ]
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token. */
            401: {
                headers: {
                    /** @description Bearer realm="ClaimLedger", with error="invalid_token" when the token sent was refused. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Your role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such claim. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The claim changed since `version` (`error.current` is the claim now), it already has a verdict, or the article is finalized. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match named a version the claim has moved past; `error.current` is the claim now. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 5 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not sent as Content-Type: application/json. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Over the rate limit of the caller or the client address (docs/api.md). */
            429: {
                headers: {
                    /** @description Seconds until the limit's window ends. */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    approveClaim: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    version?: number;
                };
            };
        };
        responses: {
            /** @description Approved */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        claim: {
                            id: string;
                            number: number;
                            /**
                             * @description AWAITING after a verdict until an editor other than its author approves it (APPROVED); NONE without a verdict.
                             * @enum {string}
                             */
                            signoff: "NONE" | "AWAITING" | "APPROVED";
                            /** @enum {string} */
                            status: "PENDING" | "CORROBORATED" | "DISPUTED" | "UNVERIFIED";
                            version: number;
                        };
                        correction: ({
                            /** @enum {string} */
                            fromStatus: "PENDING" | "CORROBORATED" | "DISPUTED" | "UNVERIFIED";
                            id: string;
                            reason: string;
                            /** @enum {string} */
                            toStatus: "PENDING" | "CORROBORATED" | "DISPUTED" | "UNVERIFIED";
                        } & {
                            [key: string]: unknown;
                        }) | null;
                        /** @description The row appended to the claim's hash chain (serialisation v2, docs/signoff.md). */
                        statusChange: {
                            /** @enum {string} */
                            fromStatus: "PENDING" | "CORROBORATED" | "DISPUTED" | "UNVERIFIED";
                            hash: string;
                            id: string;
                            /** @enum {string} */
                            kind: "VERDICT" | "APPROVED" | "SENT_BACK" | "PUBLISHED" | "CORRECTION";
                            rationale: string;
                            seq: number;
                            /** @enum {string} */
                            toStatus: "PENDING" | "CORROBORATED" | "DISPUTED" | "UNVERIFIED";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description Malformed JSON or invalid fields; `fields` says which. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION_FAILED",
                     *         "message": "The input is not valid.",
                     *         "fields": {
                     *           "rationale": [
                     *             "Explain the verdict in at least 15 characters."
                     *           ]
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token. */
            401: {
                headers: {
                    /** @description Bearer realm="ClaimLedger", with error="invalid_token" when the token sent was refused. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not an editor or admin, or (own verdict) you set this verdict: another editor must approve it. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such claim. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The claim has no verdict awaiting sign-off, or changed since `version`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 5 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not sent as Content-Type: application/json. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Over the rate limit of the caller or the client address (docs/api.md). */
            429: {
                headers: {
                    /** @description Seconds until the limit's window ends. */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    assignClaim: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    dueAt?: string | null;
                    note?: string | null;
                    reviewerEmail?: string;
                    reviewerId?: string;
                };
            };
        };
        responses: {
            /** @description Assigned */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Assignment"];
                };
            };
            /** @description Malformed JSON or invalid fields; `fields` says which. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION_FAILED",
                     *         "message": "The input is not valid.",
                     *         "fields": {
                     *           "rationale": [
                     *             "Explain the verdict in at least 15 characters."
                     *           ]
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token. */
            401: {
                headers: {
                    /** @description Bearer realm="ClaimLedger", with error="invalid_token" when the token sent was refused. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Your role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such claim. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 5 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not sent as Content-Type: application/json. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Over the rate limit of the caller or the client address (docs/api.md). */
            429: {
                headers: {
                    /** @description Seconds until the limit's window ends. */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    setClaimant: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of a claim read, e.g. "v7": instead of the `version` field (or `?version=`). 412 when the claim has moved on. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    claimant: string;
                    version?: number;
                };
            };
        };
        responses: {
            /** @description Set */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Whose assertion the claim is (a person or organisation), when known. */
                        claimant: string | null;
                        id: string;
                        version: number;
                    };
                };
            };
            /** @description Malformed JSON or invalid fields; `fields` says which. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION_FAILED",
                     *         "message": "The input is not valid.",
                     *         "fields": {
                     *           "rationale": [
                     *             "Explain the verdict in at least 15 characters."
                     *           ]
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token. */
            401: {
                headers: {
                    /** @description Bearer realm="ClaimLedger", with error="invalid_token" when the token sent was refused. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Your role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such claim. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The claim changed since `version` (the body's `error.current` is the claim now: version, status, sources, last change), or the article is finalized. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match named a version the claim has moved past; `error.current` is the claim now. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 5 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not sent as Content-Type: application/json. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Over the rate limit of the caller or the client address (docs/api.md). */
            429: {
                headers: {
                    /** @description Seconds until the limit's window ends. */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    addComment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    allowUnknownMentions?: boolean;
                    body: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        body: string;
                        id: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Malformed JSON or invalid fields; `fields` says which. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION_FAILED",
                     *         "message": "The input is not valid.",
                     *         "fields": {
                     *           "rationale": [
                     *             "Explain the verdict in at least 15 characters."
                     *           ]
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token. */
            401: {
                headers: {
                    /** @description Bearer realm="ClaimLedger", with error="invalid_token" when the token sent was refused. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Your role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such claim. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 5 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not sent as Content-Type: application/json. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Over the rate limit of the caller or the client address (docs/api.md). */
            429: {
                headers: {
                    /** @description Seconds until the limit's window ends. */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    setDueDate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    dueAt: string | null;
                };
            };
        };
        responses: {
            /** @description Set */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 0 when the claim has no open assignment. */
                        updated: number;
                    };
                };
            };
            /** @description Malformed JSON or invalid fields; `fields` says which. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION_FAILED",
                     *         "message": "The input is not valid.",
                     *         "fields": {
                     *           "rationale": [
                     *             "Explain the verdict in at least 15 characters."
                     *           ]
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token. */
            401: {
                headers: {
                    /** @description Bearer realm="ClaimLedger", with error="invalid_token" when the token sent was refused. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Your role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such claim. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 5 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not sent as Content-Type: application/json. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Over the rate limit of the caller or the client address (docs/api.md). */
            429: {
                headers: {
                    /** @description Seconds until the limit's window ends. */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    addEvidence: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of a claim read, e.g. "v7": instead of the `version` field (or `?version=`). 412 when the claim has moved on. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "url": "https://www.unhcr.org/news/syria-displacement-december-2024",
                 *       "title": "UNHCR: displacement in north-west Syria",
                 *       "publisher": "UNHCR",
                 *       "stance": "SUPPORTS",
                 *       "excerpt": "An estimated 370,000 people have been displaced since 27 November.",
                 *       "version": 3
                 *     }
                 */
                "application/json": {
                    accessedAt?: string | "" | null;
                    excerpt?: string | null;
                    note?: string | null;
                    publishedAt?: string | "" | null;
                    publisher?: string | null;
                    /** @enum {string} */
                    stance: "SUPPORTS" | "REFUTES" | "CONTEXT";
                    title: string;
                    url: string;
                    version?: number;
                };
            };
        };
        responses: {
            /** @description Added */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvidenceChange"];
                };
            };
            /** @description Malformed JSON or invalid fields; `fields` says which. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION_FAILED",
                     *         "message": "The input is not valid.",
                     *         "fields": {
                     *           "rationale": [
                     *             "Explain the verdict in at least 15 characters."
                     *           ]
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token. */
            401: {
                headers: {
                    /** @description Bearer realm="ClaimLedger", with error="invalid_token" when the token sent was refused. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Your role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such claim. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The claim changed since `version` (the body's `error.current` is the claim now: version, status, sources, last change), or the article is finalized. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match named a version the claim has moved past; `error.current` is the claim now. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 5 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not sent as Content-Type: application/json. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Over the rate limit of the caller or the client address (docs/api.md). */
            429: {
                headers: {
                    /** @description Seconds until the limit's window ends. */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    mergeClaims: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of a claim read, e.g. "v7": instead of the `version` field (or `?version=`). 412 when the claim has moved on. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    nextId: string;
                    nextVersion: number;
                    version?: number;
                };
            };
        };
        responses: {
            /** @description Merged */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        deletedId: string;
                        id: string;
                        /** @description Undo offer: the same editor may take the change back until expiresAt (5 minutes) while the claims stay as it left them. */
                        undo: {
                            expiresAt: string;
                            token: string;
                        } | null;
                    };
                };
            };
            /** @description Malformed JSON or invalid fields; `fields` says which. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION_FAILED",
                     *         "message": "The input is not valid.",
                     *         "fields": {
                     *           "rationale": [
                     *             "Explain the verdict in at least 15 characters."
                     *           ]
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token. */
            401: {
                headers: {
                    /** @description Bearer realm="ClaimLedger", with error="invalid_token" when the token sent was refused. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Your role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such claim. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The claim changed since `version` (`error.current` is the claim now), it already has a verdict, or the article is finalized. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match named a version the claim has moved past; `error.current` is the claim now. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 5 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not sent as Content-Type: application/json. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Over the rate limit of the caller or the client address (docs/api.md). */
            429: {
                headers: {
                    /** @description Seconds until the limit's window ends. */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    reopenClaim: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of a claim read, e.g. "v7": instead of the `version` field (or `?version=`). 412 when the claim has moved on. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    reason: string;
                    version?: number;
                };
            };
        };
        responses: {
            /** @description Reopened */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        claim: {
                            /** @description Whose assertion the claim is (a person or organisation), when known. */
                            claimant: string | null;
                            id: string;
                            /** @description Permanent number within the article (shown as C1, C2, …); never changes or is reused. */
                            number: number;
                            /** @description The desk's rating label the claim now carries; null without one (docs/rating-scale.md). */
                            ratingLabel: {
                                id: string;
                                name: string;
                            } | null;
                            /**
                             * @description PENDING until a reviewer records a verdict; then CORROBORATED, DISPUTED or UNVERIFIED (checked: neither confirmed nor refuted).
                             * @enum {string}
                             */
                            status: "PENDING" | "CORROBORATED" | "DISPUTED" | "UNVERIFIED";
                            version: number;
                        };
                        statusChange: components["schemas"]["StatusChange"];
                    };
                };
            };
            /** @description Malformed JSON or invalid fields; `fields` says which. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION_FAILED",
                     *         "message": "The input is not valid.",
                     *         "fields": {
                     *           "rationale": [
                     *             "Explain the verdict in at least 15 characters."
                     *           ]
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token. */
            401: {
                headers: {
                    /** @description Bearer realm="ClaimLedger", with error="invalid_token" when the token sent was refused. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Your role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such claim. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The claim changed since `version` (the body's `error.current` is the claim now: version, status, sources, last change), or the article is finalized. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match named a version the claim has moved past; `error.current` is the claim now. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 5 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not sent as Content-Type: application/json. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Over the rate limit of the caller or the client address (docs/api.md). */
            429: {
                headers: {
                    /** @description Seconds until the limit's window ends. */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    sendBackClaim: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "comment": "The date in the second source is a day off: check it again."
                 *     }
                 */
                "application/json": {
                    comment: string;
                    version?: number;
                };
            };
        };
        responses: {
            /** @description Sent back */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        claim: {
                            id: string;
                            number: number;
                            /**
                             * @description AWAITING after a verdict until an editor other than its author approves it (APPROVED); NONE without a verdict.
                             * @enum {string}
                             */
                            signoff: "NONE" | "AWAITING" | "APPROVED";
                            /** @enum {string} */
                            status: "PENDING" | "CORROBORATED" | "DISPUTED" | "UNVERIFIED";
                            version: number;
                        };
                        /** @description The row appended to the claim's hash chain (serialisation v2, docs/signoff.md). */
                        statusChange: {
                            /** @enum {string} */
                            fromStatus: "PENDING" | "CORROBORATED" | "DISPUTED" | "UNVERIFIED";
                            hash: string;
                            id: string;
                            /** @enum {string} */
                            kind: "VERDICT" | "APPROVED" | "SENT_BACK" | "PUBLISHED" | "CORRECTION";
                            rationale: string;
                            seq: number;
                            /** @enum {string} */
                            toStatus: "PENDING" | "CORROBORATED" | "DISPUTED" | "UNVERIFIED";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description Malformed JSON or invalid fields; `fields` says which. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION_FAILED",
                     *         "message": "The input is not valid.",
                     *         "fields": {
                     *           "rationale": [
                     *             "Explain the verdict in at least 15 characters."
                     *           ]
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token. */
            401: {
                headers: {
                    /** @description Bearer realm="ClaimLedger", with error="invalid_token" when the token sent was refused. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Your role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such claim. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The claim has no verdict awaiting sign-off, the article is finalized, or the claim changed since `version`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 5 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not sent as Content-Type: application/json. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Over the rate limit of the caller or the client address (docs/api.md). */
            429: {
                headers: {
                    /** @description Seconds until the limit's window ends. */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listSimilarClaims: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The claim's similar claims */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        claimId: string;
                        items: components["schemas"]["SimilarClaim"][];
                        linkedFrom: components["schemas"]["SimilarClaim"][];
                        /** @description Whether the caller may confirm or dismiss (editor, or the assigned reviewer). */
                        mayDecide: boolean;
                        /** @description Whether the caller may copy sources onto this claim now. */
                        mayReuse: boolean;
                    };
                };
            };
            /** @description Malformed JSON or invalid fields; `fields` says which. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION_FAILED",
                     *         "message": "The input is not valid.",
                     *         "fields": {
                     *           "rationale": [
                     *             "Explain the verdict in at least 15 characters."
                     *           ]
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token. */
            401: {
                headers: {
                    /** @description Bearer realm="ClaimLedger", with error="invalid_token" when the token sent was refused. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Your role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such claim. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Over the rate limit of the caller or the client address (docs/api.md). */
            429: {
                headers: {
                    /** @description Seconds until the limit's window ends. */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    decideSimilarClaim: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                matchId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "decision": "CONFIRMED"
                 *     }
                 */
                "application/json": {
                    /** @enum {string} */
                    decision: "CONFIRMED" | "DISMISSED";
                };
            };
        };
        responses: {
            /** @description Decided */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        claimId: string;
                        /** Format: date-time */
                        decidedAt: string;
                        earlierClaimId: string;
                        matchId: string;
                        /** @enum {string} */
                        state: "CONFIRMED" | "DISMISSED";
                    };
                };
            };
            /** @description Malformed JSON or invalid fields; `fields` says which. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION_FAILED",
                     *         "message": "The input is not valid.",
                     *         "fields": {
                     *           "rationale": [
                     *             "Explain the verdict in at least 15 characters."
                     *           ]
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token. */
            401: {
                headers: {
                    /** @description Bearer realm="ClaimLedger", with error="invalid_token" when the token sent was refused. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Your role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such claim or similar claim. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Already decided that way. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 5 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not sent as Content-Type: application/json. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Over the rate limit of the caller or the client address (docs/api.md). */
            429: {
                headers: {
                    /** @description Seconds until the limit's window ends. */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    reuseSimilarClaimSources: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of a claim read, e.g. "v7": instead of the `version` field (or `?version=`). 412 when the claim has moved on. */
                "If-Match"?: string;
            };
            path: {
                id: string;
                matchId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "version": 3
                 *     }
                 */
                "application/json": {
                    version?: number;
                };
            };
        };
        responses: {
            /** @description Sources copied (URLs this claim already cites are skipped) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        claim: {
                            id: string;
                            version: number;
                        };
                        evidence: ({
                            id: string;
                            title: string;
                            url: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                        skipped: number;
                    };
                };
            };
            /** @description Malformed JSON or invalid fields; `fields` says which. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION_FAILED",
                     *         "message": "The input is not valid.",
                     *         "fields": {
                     *           "rationale": [
                     *             "Explain the verdict in at least 15 characters."
                     *           ]
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token. */
            401: {
                headers: {
                    /** @description Bearer realm="ClaimLedger", with error="invalid_token" when the token sent was refused. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Your role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such claim or similar claim. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The match is not confirmed, the article is finalized, or the claim changed since you read it. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match named a version the claim has moved past; `error.current` is the claim now. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 5 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not sent as Content-Type: application/json. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Over the rate limit of the caller or the client address (docs/api.md). */
            429: {
                headers: {
                    /** @description Seconds until the limit's window ends. */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    splitClaim: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of a claim read, e.g. "v7": instead of the `version` field (or `?version=`). 412 when the claim has moved on. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    at: number;
                    version?: number;
                };
            };
        };
        responses: {
            /** @description Split */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        at: number;
                        firstId: string;
                        secondId: string;
                        secondNumber: number;
                        /** @description Undo offer: the same editor may take the change back until expiresAt (5 minutes) while the claims stay as it left them. */
                        undo: {
                            expiresAt: string;
                            token: string;
                        } | null;
                    };
                };
            };
            /** @description Malformed JSON or invalid fields; `fields` says which. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION_FAILED",
                     *         "message": "The input is not valid.",
                     *         "fields": {
                     *           "rationale": [
                     *             "Explain the verdict in at least 15 characters."
                     *           ]
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token. */
            401: {
                headers: {
                    /** @description Bearer realm="ClaimLedger", with error="invalid_token" when the token sent was refused. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Your role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such claim. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The claim changed since `version` (`error.current` is the claim now), it already has a verdict, or the article is finalized. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match named a version the claim has moved past; `error.current` is the claim now. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 5 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not sent as Content-Type: application/json. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Over the rate limit of the caller or the client address (docs/api.md). */
            429: {
                headers: {
                    /** @description Seconds until the limit's window ends. */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    setVerdict: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of a claim read, e.g. "v7": instead of the `version` field (or `?version=`). 412 when the claim has moved on. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "status": "CORROBORATED",
                 *       "rationale": "UNHCR's own figures give the same number for the same period.",
                 *       "version": 4
                 *     }
                 */
                "application/json": {
                    ratingLabelId?: string | "" | null;
                    rationale: string;
                    /** @enum {string} */
                    status: "CORROBORATED" | "DISPUTED" | "UNVERIFIED";
                    version?: number;
                };
            };
        };
        responses: {
            /** @description Set */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        claim: {
                            /** @description Whose assertion the claim is (a person or organisation), when known. */
                            claimant: string | null;
                            id: string;
                            /** @description Permanent number within the article (shown as C1, C2, …); never changes or is reused. */
                            number: number;
                            /** @description The desk's rating label the claim now carries; null without one (docs/rating-scale.md). */
                            ratingLabel: {
                                id: string;
                                name: string;
                            } | null;
                            /**
                             * @description PENDING until a reviewer records a verdict; then CORROBORATED, DISPUTED or UNVERIFIED (checked: neither confirmed nor refuted).
                             * @enum {string}
                             */
                            status: "PENDING" | "CORROBORATED" | "DISPUTED" | "UNVERIFIED";
                            version: number;
                        };
                        statusChange: components["schemas"]["StatusChange"];
                    };
                };
            };
            /** @description Malformed JSON or invalid fields; `fields` says which. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION_FAILED",
                     *         "message": "The input is not valid.",
                     *         "fields": {
                     *           "rationale": [
                     *             "Explain the verdict in at least 15 characters."
                     *           ]
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token. */
            401: {
                headers: {
                    /** @description Bearer realm="ClaimLedger", with error="invalid_token" when the token sent was refused. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Your role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such claim. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The claim changed since `version` (the body's `error.current` is the claim now: version, status, sources, last change), or the article is finalized. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match named a version the claim has moved past; `error.current` is the claim now. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 5 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not sent as Content-Type: application/json. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Over the rate limit of the caller or the client address (docs/api.md). */
            429: {
                headers: {
                    /** @description Seconds until the limit's window ends. */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    endConsultation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ended */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        claimId: string;
                        /** Format: date-time */
                        endedAt: string;
                        id: string;
                        userId: string;
                    };
                };
            };
            /** @description Malformed JSON or invalid fields; `fields` says which. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION_FAILED",
                     *         "message": "The input is not valid.",
                     *         "fields": {
                     *           "rationale": [
                     *             "Explain the verdict in at least 15 characters."
                     *           ]
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token. */
            401: {
                headers: {
                    /** @description Bearer realm="ClaimLedger", with error="invalid_token" when the token sent was refused. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Your role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such consultation. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Already ended. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Over the rate limit of the caller or the client address (docs/api.md). */
            429: {
                headers: {
                    /** @description Seconds until the limit's window ends. */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    removeEvidence: {
        parameters: {
            query?: {
                /** @description The claim version you last read (or send If-Match). */
                version?: string;
            };
            header?: {
                /** @description The ETag of a claim read, e.g. "v7": instead of the `version` field (or `?version=`). 412 when the claim has moved on. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvidenceChange"];
                };
            };
            /** @description Malformed JSON or invalid fields; `fields` says which. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION_FAILED",
                     *         "message": "The input is not valid.",
                     *         "fields": {
                     *           "rationale": [
                     *             "Explain the verdict in at least 15 characters."
                     *           ]
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token. */
            401: {
                headers: {
                    /** @description Bearer realm="ClaimLedger", with error="invalid_token" when the token sent was refused. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Your role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such source. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The claim changed since `version` (the body's `error.current` is the claim now: version, status, sources, last change), or the article is finalized. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match named a version the claim has moved past; `error.current` is the claim now. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Over the rate limit of the caller or the client address (docs/api.md). */
            429: {
                headers: {
                    /** @description Seconds until the limit's window ends. */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    editEvidence: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of a claim read, e.g. "v7": instead of the `version` field (or `?version=`). 412 when the claim has moved on. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    accessedAt?: string | "" | null;
                    excerpt?: string | null;
                    note?: string | null;
                    publishedAt?: string | "" | null;
                    publisher?: string | null;
                    /** @enum {string} */
                    stance?: "SUPPORTS" | "REFUTES" | "CONTEXT";
                    title?: string;
                    url?: string;
                    version?: number;
                };
            };
        };
        responses: {
            /** @description Edited */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvidenceChange"];
                };
            };
            /** @description Malformed JSON or invalid fields; `fields` says which. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION_FAILED",
                     *         "message": "The input is not valid.",
                     *         "fields": {
                     *           "rationale": [
                     *             "Explain the verdict in at least 15 characters."
                     *           ]
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token. */
            401: {
                headers: {
                    /** @description Bearer realm="ClaimLedger", with error="invalid_token" when the token sent was refused. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Your role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such source. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The claim changed since `version` (the body's `error.current` is the claim now: version, status, sources, last change), or the article is finalized. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match named a version the claim has moved past; `error.current` is the claim now. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 5 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not sent as Content-Type: application/json. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Over the rate limit of the caller or the client address (docs/api.md). */
            429: {
                headers: {
                    /** @description Seconds until the limit's window ends. */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    addSourceSnapshot: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "text": "The full text of the paywalled article…"
                 *     }
                 */
                "application/json": {
                    text: string;
                };
                "multipart/form-data": {
                    /** Format: binary */
                    file: string;
                };
            };
        };
        responses: {
            /** @description Kept */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SnapshotAdded"];
                };
            };
            /** @description Malformed JSON or invalid fields; `fields` says which. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION_FAILED",
                     *         "message": "The input is not valid.",
                     *         "fields": {
                     *           "rationale": [
                     *             "Explain the verdict in at least 15 characters."
                     *           ]
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token. */
            401: {
                headers: {
                    /** @description Bearer realm="ClaimLedger", with error="invalid_token" when the token sent was refused. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Your role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such source. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The article is finalized, or the source was removed. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 5 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not sent as Content-Type: application/json. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Over the rate limit of the caller or the client address (docs/api.md). */
            429: {
                headers: {
                    /** @description Seconds until the limit's window ends. */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The authenticated user */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description No valid session or API token. */
            401: {
                headers: {
                    /** @description Bearer realm="ClaimLedger", with error="invalid_token" when the token sent was refused. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Over the rate limit of the caller or the client address (docs/api.md). */
            429: {
                headers: {
                    /** @description Seconds until the limit's window ends. */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getMyLanguage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Your setting */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Interface language, or null: not chosen, the browser's Accept-Language is used. */
                        locale: ("en" | "ar") | null;
                    };
                };
            };
            /** @description No valid session or API token. */
            401: {
                headers: {
                    /** @description Bearer realm="ClaimLedger", with error="invalid_token" when the token sent was refused. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Over the rate limit of the caller or the client address (docs/api.md). */
            429: {
                headers: {
                    /** @description Seconds until the limit's window ends. */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    setMyLanguage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    locale: ("en" | "ar") | "" | null;
                };
            };
        };
        responses: {
            /** @description Saved */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Interface language, or null: not chosen, the browser's Accept-Language is used. */
                        locale: ("en" | "ar") | null;
                    };
                };
            };
            /** @description Malformed JSON or invalid fields; `fields` says which. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION_FAILED",
                     *         "message": "The input is not valid.",
                     *         "fields": {
                     *           "rationale": [
                     *             "Explain the verdict in at least 15 characters."
                     *           ]
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token. */
            401: {
                headers: {
                    /** @description Bearer realm="ClaimLedger", with error="invalid_token" when the token sent was refused. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Your role does not allow this, or (code READ_ONLY_TOKEN) the API token is read-only. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 5 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not sent as Content-Type: application/json. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Over the rate limit of the caller or the client address (docs/api.md). */
            429: {
                headers: {
                    /** @description Seconds until the limit's window ends. */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listMyMentions: {
        parameters: {
            query?: {
                /** @description The `next` of the previous page, unchanged. */
                cursor?: string;
                /** @description Rows per page, 1 to 200 (default 50). */
                limit?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of mentions */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MentionList"];
                };
            };
            /** @description Malformed JSON or invalid fields; `fields` says which. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION_FAILED",
                     *         "message": "The input is not valid.",
                     *         "fields": {
                     *           "rationale": [
                     *             "Explain the verdict in at least 15 characters."
                     *           ]
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token. */
            401: {
                headers: {
                    /** @description Bearer realm="ClaimLedger", with error="invalid_token" when the token sent was refused. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Over the rate limit of the caller or the client address (docs/api.md). */
            429: {
                headers: {
                    /** @description Seconds until the limit's window ends. */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    markMentionsRead: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    ids: string[];
                };
            };
        };
        responses: {
            /** @description Marked */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Mentions that were unread. */
                        count: number;
                    };
                };
            };
            /** @description Malformed JSON or invalid fields; `fields` says which. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION_FAILED",
                     *         "message": "The input is not valid.",
                     *         "fields": {
                     *           "rationale": [
                     *             "Explain the verdict in at least 15 characters."
                     *           ]
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token. */
            401: {
                headers: {
                    /** @description Bearer realm="ClaimLedger", with error="invalid_token" when the token sent was refused. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Your role does not allow this, or (code READ_ONLY_TOKEN) the API token is read-only. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 5 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not sent as Content-Type: application/json. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Over the rate limit of the caller or the client address (docs/api.md). */
            429: {
                headers: {
                    /** @description Seconds until the limit's window ends. */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getNotificationPreferences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every kind's channel */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description false: this server has no SMTP settings, so EMAIL and DIGEST reach the app only. */
                        emailEnabled: boolean;
                        preferences: components["schemas"]["NotificationPreferences"];
                    };
                };
            };
            /** @description No valid session or API token. */
            401: {
                headers: {
                    /** @description Bearer realm="ClaimLedger", with error="invalid_token" when the token sent was refused. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Over the rate limit of the caller or the client address (docs/api.md). */
            429: {
                headers: {
                    /** @description Seconds until the limit's window ends. */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    setNotificationPreferences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "ASSIGNED": "EMAIL",
                 *       "MENTIONED": "APP",
                 *       "SOURCE_CHANGED": "DIGEST"
                 *     }
                 */
                "application/json": {
                    /** @enum {string} */
                    ASSIGNED?: "APP" | "EMAIL" | "DIGEST" | "OFF";
                    /** @enum {string} */
                    CONSULTED?: "APP" | "EMAIL" | "DIGEST" | "OFF";
                    /** @enum {string} */
                    DUE_TOMORROW?: "APP" | "EMAIL" | "DIGEST" | "OFF";
                    /** @enum {string} */
                    MENTIONED?: "APP" | "EMAIL" | "DIGEST" | "OFF";
                    /** @enum {string} */
                    OVERDUE?: "APP" | "EMAIL" | "DIGEST" | "OFF";
                    /** @enum {string} */
                    SIGNOFF_REQUESTED?: "APP" | "EMAIL" | "DIGEST" | "OFF";
                    /** @enum {string} */
                    SOURCE_CHANGED?: "APP" | "EMAIL" | "DIGEST" | "OFF";
                    /** @enum {string} */
                    VERDICT_CHANGED?: "APP" | "EMAIL" | "DIGEST" | "OFF";
                    /** @enum {string} */
                    VERDICT_REOPENED?: "APP" | "EMAIL" | "DIGEST" | "OFF";
                    /** @enum {string} */
                    WEBHOOK_DISABLED?: "APP" | "EMAIL" | "DIGEST" | "OFF";
                };
            };
        };
        responses: {
            /** @description Saved; every kind's channel now */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        emailEnabled: boolean;
                        preferences: components["schemas"]["NotificationPreferences"];
                    };
                };
            };
            /** @description Malformed JSON or invalid fields; `fields` says which. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION_FAILED",
                     *         "message": "The input is not valid.",
                     *         "fields": {
                     *           "rationale": [
                     *             "Explain the verdict in at least 15 characters."
                     *           ]
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token. */
            401: {
                headers: {
                    /** @description Bearer realm="ClaimLedger", with error="invalid_token" when the token sent was refused. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Your role does not allow this, or (code READ_ONLY_TOKEN) the API token is read-only. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 5 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not sent as Content-Type: application/json. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Over the rate limit of the caller or the client address (docs/api.md). */
            429: {
                headers: {
                    /** @description Seconds until the limit's window ends. */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getMyQueue: {
        parameters: {
            query?: {
                /** @description The `next` of the previous page, unchanged. */
                cursor?: string;
                /** @description Rows per page, 1 to 200 (default 50). */
                limit?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Queue */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: ({
                            claim: {
                                /** @description Whose assertion the claim is (a person or organisation), when known. */
                                claimant: string | null;
                                id: string;
                                /** @description Permanent number within the article (shown as C1, C2, …); never changes or is reused. */
                                number: number;
                                /** @description The assertion as a reviewer reads it on its own (subject and attribution restored); `text` is the quote. */
                                statement: string;
                                /**
                                 * @description PENDING until a reviewer records a verdict; then CORROBORATED, DISPUTED or UNVERIFIED (checked: neither confirmed nor refuted).
                                 * @enum {string}
                                 */
                                status: "PENDING" | "CORROBORATED" | "DISPUTED" | "UNVERIFIED";
                                text: string;
                            } & {
                                [key: string]: unknown;
                            };
                            dueAt: string | null;
                            id: string;
                            overdue: boolean;
                        } & {
                            [key: string]: unknown;
                        })[];
                        /** @description Pass as `cursor` for the following page; null on the last page. */
                        next: string | null;
                        openCount: number;
                        overdueCount: number;
                    };
                };
            };
            /** @description Malformed JSON or invalid fields; `fields` says which. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION_FAILED",
                     *         "message": "The input is not valid.",
                     *         "fields": {
                     *           "rationale": [
                     *             "Explain the verdict in at least 15 characters."
                     *           ]
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token. */
            401: {
                headers: {
                    /** @description Bearer realm="ClaimLedger", with error="invalid_token" when the token sent was refused. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Over the rate limit of the caller or the client address (docs/api.md). */
            429: {
                headers: {
                    /** @description Seconds until the limit's window ends. */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getMyTimeZone: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Your setting */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description IANA zone name (canonical spelling), or null: not chosen, the browser's zone is used. */
                        timeZone: string | null;
                    };
                };
            };
            /** @description No valid session or API token. */
            401: {
                headers: {
                    /** @description Bearer realm="ClaimLedger", with error="invalid_token" when the token sent was refused. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Over the rate limit of the caller or the client address (docs/api.md). */
            429: {
                headers: {
                    /** @description Seconds until the limit's window ends. */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    setMyTimeZone: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    timeZone: string | null;
                };
            };
        };
        responses: {
            /** @description Saved */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description IANA zone name (canonical spelling), or null: not chosen, the browser's zone is used. */
                        timeZone: string | null;
                    };
                };
            };
            /** @description Malformed JSON or invalid fields; `fields` says which. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION_FAILED",
                     *         "message": "The input is not valid.",
                     *         "fields": {
                     *           "rationale": [
                     *             "Explain the verdict in at least 15 characters."
                     *           ]
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token. */
            401: {
                headers: {
                    /** @description Bearer realm="ClaimLedger", with error="invalid_token" when the token sent was refused. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Your role does not allow this, or (code READ_ONLY_TOKEN) the API token is read-only. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 5 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not sent as Content-Type: application/json. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Over the rate limit of the caller or the client address (docs/api.md). */
            429: {
                headers: {
                    /** @description Seconds until the limit's window ends. */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listNotifications: {
        parameters: {
            query?: {
                /** @description The `next` of the previous page, unchanged. */
                cursor?: string;
                /** @description Rows per page, 1 to 200 (default 50). */
                limit?: string;
                /** @description true: only unread ones. */
                unread?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of notifications, with your unread count */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Pass as `cursor` for the following page; null on the last page. */
                        next: string | null;
                        notifications: components["schemas"]["Notification"][];
                        /** @description All your unread notifications (the header badge). */
                        unread: number;
                    };
                };
            };
            /** @description Malformed JSON or invalid fields; `fields` says which. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION_FAILED",
                     *         "message": "The input is not valid.",
                     *         "fields": {
                     *           "rationale": [
                     *             "Explain the verdict in at least 15 characters."
                     *           ]
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token. */
            401: {
                headers: {
                    /** @description Bearer realm="ClaimLedger", with error="invalid_token" when the token sent was refused. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Over the rate limit of the caller or the client address (docs/api.md). */
            429: {
                headers: {
                    /** @description Seconds until the limit's window ends. */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    markNotificationsRead: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "all": true
                 *     }
                 */
                "application/json": {
                    /** @constant */
                    all?: true;
                    ids?: string[];
                };
            };
        };
        responses: {
            /** @description Marked */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Notifications that were unread. */
                        count: number;
                    };
                };
            };
            /** @description Malformed JSON or invalid fields; `fields` says which. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION_FAILED",
                     *         "message": "The input is not valid.",
                     *         "fields": {
                     *           "rationale": [
                     *             "Explain the verdict in at least 15 characters."
                     *           ]
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token. */
            401: {
                headers: {
                    /** @description Bearer realm="ClaimLedger", with error="invalid_token" when the token sent was refused. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Your role does not allow this, or (code READ_ONLY_TOKEN) the API token is read-only. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 5 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not sent as Content-Type: application/json. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Over the rate limit of the caller or the client address (docs/api.md). */
            429: {
                headers: {
                    /** @description Seconds until the limit's window ends. */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getOpenApiDocument: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The OpenAPI 3.1 document of the API */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
        };
    };
    getRatingScale: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The scale */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        labels: components["schemas"]["RatingLabel"][];
                        scale: {
                            bestRating: number;
                            /**
                             * @description default: no active label, the three verdicts are the scale (ratingValue 1 Disputed, 2 Unverified, 3 Corroborated); desk: the labels below.
                             * @enum {string}
                             */
                            kind: "default" | "desk";
                            worstRating: number;
                        };
                    };
                };
            };
            /** @description No valid session or API token. */
            401: {
                headers: {
                    /** @description Bearer realm="ClaimLedger", with error="invalid_token" when the token sent was refused. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Over the rate limit of the caller or the client address (docs/api.md). */
            429: {
                headers: {
                    /** @description Seconds until the limit's window ends. */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createRatingLabel: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "name": "Mostly true",
                 *       "description": "Accurate, but needs clarification or additional information.",
                 *       "color": "#2e7d32",
                 *       "verdict": "CORROBORATED",
                 *       "ratingValue": 4
                 *     }
                 */
                "application/json": {
                    color: string;
                    description: string;
                    name: string;
                    ratingValue: number;
                    /** @enum {string} */
                    verdict: "CORROBORATED" | "DISPUTED" | "UNVERIFIED";
                };
            };
        };
        responses: {
            /** @description Added */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        label: components["schemas"]["RatingLabel"];
                    };
                };
            };
            /** @description Malformed JSON or invalid fields; `fields` says which. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION_FAILED",
                     *         "message": "The input is not valid.",
                     *         "fields": {
                     *           "rationale": [
                     *             "Explain the verdict in at least 15 characters."
                     *           ]
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token. */
            401: {
                headers: {
                    /** @description Bearer realm="ClaimLedger", with error="invalid_token" when the token sent was refused. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Only admins manage the rating scale. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 5 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not sent as Content-Type: application/json. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Over the rate limit of the caller or the client address (docs/api.md). */
            429: {
                headers: {
                    /** @description Seconds until the limit's window ends. */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getRatingLabel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The label */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        label: components["schemas"]["RatingLabel"];
                    };
                };
            };
            /** @description Malformed JSON or invalid fields; `fields` says which. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION_FAILED",
                     *         "message": "The input is not valid.",
                     *         "fields": {
                     *           "rationale": [
                     *             "Explain the verdict in at least 15 characters."
                     *           ]
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token. */
            401: {
                headers: {
                    /** @description Bearer realm="ClaimLedger", with error="invalid_token" when the token sent was refused. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such rating label. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Over the rate limit of the caller or the client address (docs/api.md). */
            429: {
                headers: {
                    /** @description Seconds until the limit's window ends. */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteRatingLabel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        deleted: true;
                        id: string;
                    };
                };
            };
            /** @description Malformed JSON or invalid fields; `fields` says which. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION_FAILED",
                     *         "message": "The input is not valid.",
                     *         "fields": {
                     *           "rationale": [
                     *             "Explain the verdict in at least 15 characters."
                     *           ]
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token. */
            401: {
                headers: {
                    /** @description Bearer realm="ClaimLedger", with error="invalid_token" when the token sent was refused. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Only admins manage the rating scale. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such rating label. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Claims carry the label: rename or retire it instead. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Over the rate limit of the caller or the client address (docs/api.md). */
            429: {
                headers: {
                    /** @description Seconds until the limit's window ends. */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateRatingLabel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "name": "Partly true",
                 *       "retired": false
                 *     }
                 */
                "application/json": {
                    color?: string;
                    description?: string;
                    name?: string;
                    ratingValue?: number;
                    retired?: boolean;
                    /** @enum {string} */
                    verdict?: "CORROBORATED" | "DISPUTED" | "UNVERIFIED";
                };
            };
        };
        responses: {
            /** @description Changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        label: components["schemas"]["RatingLabel"];
                    };
                };
            };
            /** @description Malformed JSON or invalid fields; `fields` says which. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION_FAILED",
                     *         "message": "The input is not valid.",
                     *         "fields": {
                     *           "rationale": [
                     *             "Explain the verdict in at least 15 characters."
                     *           ]
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token. */
            401: {
                headers: {
                    /** @description Bearer realm="ClaimLedger", with error="invalid_token" when the token sent was refused. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Only admins manage the rating scale. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such rating label. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The label is in use and would change verdict. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 5 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not sent as Content-Type: application/json. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Over the rate limit of the caller or the client address (docs/api.md). */
            429: {
                headers: {
                    /** @description Seconds until the limit's window ends. */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    reorderRatingLabels: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "ids": [
                 *         "cl_false",
                 *         "cl_misleading",
                 *         "cl_true"
                 *       ]
                 *     }
                 */
                "application/json": {
                    ids: string[];
                };
            };
        };
        responses: {
            /** @description The new order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ids: string[];
                    };
                };
            };
            /** @description Malformed JSON or invalid fields; `fields` says which. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION_FAILED",
                     *         "message": "The input is not valid.",
                     *         "fields": {
                     *           "rationale": [
                     *             "Explain the verdict in at least 15 characters."
                     *           ]
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token. */
            401: {
                headers: {
                    /** @description Bearer realm="ClaimLedger", with error="invalid_token" when the token sent was refused. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Only admins manage the rating scale. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 5 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not sent as Content-Type: application/json. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Over the rate limit of the caller or the client address (docs/api.md). */
            429: {
                headers: {
                    /** @description Seconds until the limit's window ends. */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getRangeReport: {
        parameters: {
            query: {
                /** @description CSV only: 1 (default) starts the file with a UTF-8 byte-order mark, which Excel needs to read UTF-8; 0 leaves it out. */
                bom?: "0" | "1";
                /** @description pdf, csv, json (archive, docs/report-schema.json) or claimreview (schema.org JSON-LD). */
                format: "pdf" | "csv" | "json" | "claimreview";
                /** @description YYYY-MM-DD */
                from: string;
                /** @description CSV only: claims (default, one row per claim) or history (one row per status change). */
                kind?: "claims" | "history";
                /** @description YYYY-MM-DD, not before from */
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report, streamed as an attachment. Every export is recorded as an `article.exported` audit event. Content-Disposition names the file from the article's date and title (`attachment; filename="2024-12-07-syrian-army-withdrawals-audit.pdf"; filename*=UTF-8''…`; docs/reports.md). */
            200: {
                headers: {
                    /** @description attachment; filename="ASCII name"; filename*=UTF-8''name keeping the title's script */
                    "Content-Disposition": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                    "application/ld+json": {
                        [key: string]: unknown;
                    }[];
                    "application/pdf": string;
                    "text/csv": string;
                };
            };
            /** @description Malformed JSON or invalid fields; `fields` says which. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION_FAILED",
                     *         "message": "The input is not valid.",
                     *         "fields": {
                     *           "rationale": [
                     *             "Explain the verdict in at least 15 characters."
                     *           ]
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token. */
            401: {
                headers: {
                    /** @description Bearer realm="ClaimLedger", with error="invalid_token" when the token sent was refused. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Your role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Over the rate limit of the caller or the client address (docs/api.md). */
            429: {
                headers: {
                    /** @description Seconds until the limit's window ends. */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Drawing the PDF ran past its time budget (CLAIMLEDGER_REPORT_TIMEOUT_MS), or the server was too busy to start it; `budgetMs` and `phase` say which. Nothing was recorded as exported. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getSnapshotFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always as an attachment (`Content-Disposition: attachment`, `X-Content-Type-Options: nosniff`), with the type found in the content; `X-Content-SHA256` repeats the hash it was stored under. */
            200: {
                headers: {
                    "Content-Disposition": string;
                    "X-Content-Type-Options": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                    "application/octet-stream": string;
                    "application/pdf": string;
                    "application/vnd.oasis.opendocument.text": string;
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                    "application/xhtml+xml": string;
                    "image/*": string;
                    "image/gif": string;
                    "image/jpeg": string;
                    "image/png": string;
                    "image/webp": string;
                    "text/html": string;
                    "text/plain": string;
                };
            };
            /** @description Malformed JSON or invalid fields; `fields` says which. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION_FAILED",
                     *         "message": "The input is not valid.",
                     *         "fields": {
                     *           "rationale": [
                     *             "Explain the verdict in at least 15 characters."
                     *           ]
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token. */
            401: {
                headers: {
                    /** @description Bearer realm="ClaimLedger", with error="invalid_token" when the token sent was refused. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Your role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such snapshot. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Over the rate limit of the caller or the client address (docs/api.md). */
            429: {
                headers: {
                    /** @description Seconds until the limit's window ends. */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listTokens: {
        parameters: {
            query?: {
                /** @description The `next` of the previous page, unchanged. */
                cursor?: string;
                /** @description Rows per page, 1 to 200 (default 50). */
                limit?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Tokens, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Pass as `cursor` for the following page; null on the last page. */
                        next: string | null;
                        tokens: components["schemas"]["ApiToken"][];
                    };
                };
            };
            /** @description Malformed JSON or invalid fields; `fields` says which. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION_FAILED",
                     *         "message": "The input is not valid.",
                     *         "fields": {
                     *           "rationale": [
                     *             "Explain the verdict in at least 15 characters."
                     *           ]
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token. */
            401: {
                headers: {
                    /** @description Bearer realm="ClaimLedger", with error="invalid_token" when the token sent was refused. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Over the rate limit of the caller or the client address (docs/api.md). */
            429: {
                headers: {
                    /** @description Seconds until the limit's window ends. */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    expiresInDays?: number | null;
                    name: string;
                    readOnly?: boolean;
                };
            };
        };
        responses: {
            /** @description Created; the token is shown once */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedApiToken"];
                };
            };
            /** @description Malformed JSON or invalid fields; `fields` says which. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION_FAILED",
                     *         "message": "The input is not valid.",
                     *         "fields": {
                     *           "rationale": [
                     *             "Explain the verdict in at least 15 characters."
                     *           ]
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token. */
            401: {
                headers: {
                    /** @description Bearer realm="ClaimLedger", with error="invalid_token" when the token sent was refused. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Called with an API token: tokens are managed from a signed-in browser session. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 5 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not sent as Content-Type: application/json. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Over the rate limit of the caller or the client address (docs/api.md). */
            429: {
                headers: {
                    /** @description Seconds until the limit's window ends. */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    revokeToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiToken"];
                };
            };
            /** @description Malformed JSON or invalid fields; `fields` says which. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION_FAILED",
                     *         "message": "The input is not valid.",
                     *         "fields": {
                     *           "rationale": [
                     *             "Explain the verdict in at least 15 characters."
                     *           ]
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token. */
            401: {
                headers: {
                    /** @description Bearer realm="ClaimLedger", with error="invalid_token" when the token sent was refused. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Called with an API token: tokens are managed from a signed-in browser session. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such active token of yours. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Over the rate limit of the caller or the client address (docs/api.md). */
            429: {
                headers: {
                    /** @description Seconds until the limit's window ends. */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    undoCuration: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    token: string;
                };
            };
        };
        responses: {
            /** @description Undone */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        removed: {
                            id: string;
                            number: number;
                        }[];
                        restored: {
                            id: string;
                            number: number;
                        }[];
                        /** @enum {string} */
                        undone: "claim.split" | "claim.merged" | "claim.deleted";
                    };
                };
            };
            /** @description Malformed JSON or invalid fields; `fields` says which. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION_FAILED",
                     *         "message": "The input is not valid.",
                     *         "fields": {
                     *           "rationale": [
                     *             "Explain the verdict in at least 15 characters."
                     *           ]
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token. */
            401: {
                headers: {
                    /** @description Bearer realm="ClaimLedger", with error="invalid_token" when the token sent was refused. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Your role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such change to undo. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too late, already undone, a claim it produced changed or is in review since, its text is now in another claim, or the article is finalized. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 5 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not sent as Content-Type: application/json. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Over the rate limit of the caller or the client address (docs/api.md). */
            429: {
                headers: {
                    /** @description Seconds until the limit's window ends. */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listUsers: {
        parameters: {
            query?: {
                /** @description The `next` of the previous page, unchanged. */
                cursor?: string;
                /** @description Rows per page, 1 to 200 (default 50). */
                limit?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Users, active first, then by name */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Pass as `cursor` for the following page; null on the last page. */
                        next: string | null;
                        users: components["schemas"]["User"][];
                    };
                };
            };
            /** @description Malformed JSON or invalid fields; `fields` says which. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION_FAILED",
                     *         "message": "The input is not valid.",
                     *         "fields": {
                     *           "rationale": [
                     *             "Explain the verdict in at least 15 characters."
                     *           ]
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token. */
            401: {
                headers: {
                    /** @description Bearer realm="ClaimLedger", with error="invalid_token" when the token sent was refused. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Only admins manage users. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Over the rate limit of the caller or the client address (docs/api.md). */
            429: {
                headers: {
                    /** @description Seconds until the limit's window ends. */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    email: string;
                    name: string;
                    password: string;
                    /** @enum {string} */
                    role: "ADMIN" | "EDITOR" | "REVIEWER";
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description Malformed JSON or invalid fields; `fields` says which. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION_FAILED",
                     *         "message": "The input is not valid.",
                     *         "fields": {
                     *           "rationale": [
                     *             "Explain the verdict in at least 15 characters."
                     *           ]
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token. */
            401: {
                headers: {
                    /** @description Bearer realm="ClaimLedger", with error="invalid_token" when the token sent was refused. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Your role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Email already in use. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 5 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not sent as Content-Type: application/json. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Over the rate limit of the caller or the client address (docs/api.md). */
            429: {
                headers: {
                    /** @description Seconds until the limit's window ends. */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    active?: boolean;
                    password?: string;
                    /** @enum {string} */
                    role?: "ADMIN" | "EDITOR" | "REVIEWER";
                };
            };
        };
        responses: {
            /** @description Updated */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description Malformed JSON or invalid fields; `fields` says which. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION_FAILED",
                     *         "message": "The input is not valid.",
                     *         "fields": {
                     *           "rationale": [
                     *             "Explain the verdict in at least 15 characters."
                     *           ]
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token. */
            401: {
                headers: {
                    /** @description Bearer realm="ClaimLedger", with error="invalid_token" when the token sent was refused. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Your role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such user. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 5 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not sent as Content-Type: application/json. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Over the rate limit of the caller or the client address (docs/api.md). */
            429: {
                headers: {
                    /** @description Seconds until the limit's window ends. */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deactivateUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    openAssignments: "reassign" | "spread" | "leave";
                    toReviewerId?: string;
                };
            };
        };
        responses: {
            /** @description Deactivated */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Open assignments moved to other reviewers. */
                        moved: number;
                        /** @description Why moving them failed, when it did. */
                        reassignError?: string;
                        /** @description Open assignments the person still holds. */
                        stillOpen: number;
                        user: {
                            active: boolean;
                            id: string;
                            name: string;
                        };
                    };
                };
            };
            /** @description Malformed JSON or invalid fields; `fields` says which. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION_FAILED",
                     *         "message": "The input is not valid.",
                     *         "fields": {
                     *           "rationale": [
                     *             "Explain the verdict in at least 15 characters."
                     *           ]
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token. */
            401: {
                headers: {
                    /** @description Bearer realm="ClaimLedger", with error="invalid_token" when the token sent was refused. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Your role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such user. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description You cannot deactivate yourself, or this is the last active admin. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 5 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not sent as Content-Type: application/json. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Over the rate limit of the caller or the client address (docs/api.md). */
            429: {
                headers: {
                    /** @description Seconds until the limit's window ends. */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    reassignOpenWork: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    openAssignments: "reassign" | "spread";
                    toReviewerId?: string;
                };
            };
        };
        responses: {
            /** @description Moved */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Open assignments moved to other reviewers. */
                        moved: number;
                        /** @description Why moving them failed, when it did. */
                        reassignError?: string;
                        /** @description Open assignments the person still holds. */
                        stillOpen: number;
                    };
                };
            };
            /** @description Malformed JSON or invalid fields; `fields` says which. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION_FAILED",
                     *         "message": "The input is not valid.",
                     *         "fields": {
                     *           "rationale": [
                     *             "Explain the verdict in at least 15 characters."
                     *           ]
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token. */
            401: {
                headers: {
                    /** @description Bearer realm="ClaimLedger", with error="invalid_token" when the token sent was refused. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Your role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such user. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 5 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not sent as Content-Type: application/json. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Over the rate limit of the caller or the client address (docs/api.md). */
            429: {
                headers: {
                    /** @description Seconds until the limit's window ends. */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listWebhooks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every endpoint, with its last delivery */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        webhooks: components["schemas"]["WebhookEndpoint"][];
                    };
                };
            };
            /** @description No valid session or API token. */
            401: {
                headers: {
                    /** @description Bearer realm="ClaimLedger", with error="invalid_token" when the token sent was refused. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Only admins manage webhooks. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Over the rate limit of the caller or the client address (docs/api.md). */
            429: {
                headers: {
                    /** @description Seconds until the limit's window ends. */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "url": "https://hooks.example.org/claimledger",
                 *       "events": [
                 *         "claim.verdict"
                 *       ]
                 *     }
                 */
                "application/json": {
                    events: ("article.imported" | "claim.verdict" | "claim.signed_off" | "article.published" | "claim.corrected")[];
                    secret?: string;
                    url: string;
                };
            };
        };
        responses: {
            /** @description Registered; the secret is in this answer only */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The signing secret, given or generated. Shown only in this response. */
                        secret: string;
                        webhook: components["schemas"]["WebhookEndpointSettings"];
                    };
                };
            };
            /** @description Malformed JSON or invalid fields; `fields` says which. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION_FAILED",
                     *         "message": "The input is not valid.",
                     *         "fields": {
                     *           "rationale": [
                     *             "Explain the verdict in at least 15 characters."
                     *           ]
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token. */
            401: {
                headers: {
                    /** @description Bearer realm="ClaimLedger", with error="invalid_token" when the token sent was refused. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Only admins manage webhooks. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 5 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not sent as Content-Type: application/json. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Over the rate limit of the caller or the client address (docs/api.md). */
            429: {
                headers: {
                    /** @description Seconds until the limit's window ends. */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The endpoint */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        webhook: components["schemas"]["WebhookEndpoint"];
                    };
                };
            };
            /** @description Malformed JSON or invalid fields; `fields` says which. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION_FAILED",
                     *         "message": "The input is not valid.",
                     *         "fields": {
                     *           "rationale": [
                     *             "Explain the verdict in at least 15 characters."
                     *           ]
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token. */
            401: {
                headers: {
                    /** @description Bearer realm="ClaimLedger", with error="invalid_token" when the token sent was refused. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Only admins manage webhooks. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such webhook endpoint. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Over the rate limit of the caller or the client address (docs/api.md). */
            429: {
                headers: {
                    /** @description Seconds until the limit's window ends. */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        deleted: true;
                        id: string;
                    };
                };
            };
            /** @description Malformed JSON or invalid fields; `fields` says which. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION_FAILED",
                     *         "message": "The input is not valid.",
                     *         "fields": {
                     *           "rationale": [
                     *             "Explain the verdict in at least 15 characters."
                     *           ]
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token. */
            401: {
                headers: {
                    /** @description Bearer realm="ClaimLedger", with error="invalid_token" when the token sent was refused. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Only admins manage webhooks. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such webhook endpoint. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Over the rate limit of the caller or the client address (docs/api.md). */
            429: {
                headers: {
                    /** @description Seconds until the limit's window ends. */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "events": [
                 *         "article.imported",
                 *         "claim.verdict"
                 *       ],
                 *       "enabled": true
                 *     }
                 */
                "application/json": {
                    enabled?: boolean;
                    events?: ("article.imported" | "claim.verdict" | "claim.signed_off" | "article.published" | "claim.corrected")[];
                    /** @constant */
                    rotateSecret?: true;
                    secret?: string;
                    url?: string;
                };
            };
        };
        responses: {
            /** @description Changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The new secret, when replaced. */
                        secret?: string;
                        webhook: components["schemas"]["WebhookEndpointSettings"];
                    };
                };
            };
            /** @description Malformed JSON or invalid fields; `fields` says which. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION_FAILED",
                     *         "message": "The input is not valid.",
                     *         "fields": {
                     *           "rationale": [
                     *             "Explain the verdict in at least 15 characters."
                     *           ]
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token. */
            401: {
                headers: {
                    /** @description Bearer realm="ClaimLedger", with error="invalid_token" when the token sent was refused. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Only admins manage webhooks. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such webhook endpoint. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 5 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not sent as Content-Type: application/json. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Over the rate limit of the caller or the client address (docs/api.md). */
            429: {
                headers: {
                    /** @description Seconds until the limit's window ends. */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query?: {
                /** @description The `next` of the previous page, unchanged. */
                cursor?: string;
                /** @description Rows per page, 1 to 200 (default 50). */
                limit?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Attempts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        deliveries: components["schemas"]["WebhookDelivery"][];
                        /** @description Pass as `cursor` for the following page; null on the last page. */
                        next: string | null;
                    };
                };
            };
            /** @description Malformed JSON or invalid fields; `fields` says which. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION_FAILED",
                     *         "message": "The input is not valid.",
                     *         "fields": {
                     *           "rationale": [
                     *             "Explain the verdict in at least 15 characters."
                     *           ]
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token. */
            401: {
                headers: {
                    /** @description Bearer realm="ClaimLedger", with error="invalid_token" when the token sent was refused. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Only admins manage webhooks. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such webhook endpoint. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Over the rate limit of the caller or the client address (docs/api.md). */
            429: {
                headers: {
                    /** @description Seconds until the limit's window ends. */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    sendWebhookTestEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Queued; the attempt shows in the delivery log */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        deliveryId: string;
                    };
                };
            };
            /** @description Malformed JSON or invalid fields; `fields` says which. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "VALIDATION_FAILED",
                     *         "message": "The input is not valid.",
                     *         "fields": {
                     *           "rationale": [
                     *             "Explain the verdict in at least 15 characters."
                     *           ]
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid session or API token. */
            401: {
                headers: {
                    /** @description Bearer realm="ClaimLedger", with error="invalid_token" when the token sent was refused. */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Only admins manage webhooks. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such webhook endpoint. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Over the rate limit of the caller or the client address (docs/api.md). */
            429: {
                headers: {
                    /** @description Seconds until the limit's window ends. */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
}
