// Generated from GET /api/openapi.json by `npm run api:generate`; do not edit.
export interface paths {
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in with e-mail and password */
        post: operations["logIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out of this session */
        post: operations["logOut"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mail a password reset link (answers the same whether or not the account exists; limited per e-mail and per client address) */
        post: operations["requestPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password-reset/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set a new password with a mailed reset token */
        post: operations["confirmPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/sign-out-everywhere": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End every session, personal access token and outstanding reset code of my account, this one included */
        post: operations["signOutEverywhere"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/signup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create an account and sign in (an e-mail that has an account gets the same answer, and its owner a mail) */
        post: operations["signUp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/blocks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whom I blocked, newest first */
        get: operations["listBlocks"];
        put?: never;
        /** Block a member: they can send you no more requests, invitations or recommendations, and are not told */
        post: operations["blockMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/blocks/{memberId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Unblock a member */
        delete: operations["unblockMember"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/career-strategy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** For a page of the target companies of my career strategy: who is reachable there in my target roles, best path first, and who could introduce me */
        get: operations["getCareerStrategyReach"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/career-strategy/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** More of the people I reach at one company, in the order of my career strategy page */
        get: operations["listCareerStrategyPeople"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/circles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My circles with how many contacts are in each */
        get: operations["listCircles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/connections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My connections, by name; `q` filters by name */
        get: operations["listConnections"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/connections/{memberId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a connection quietly (the other member is not told); undo within 30 days */
        delete: operations["removeConnection"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/connections/{memberId}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Undo my removal of a connection, with how we met and since when intact */
        post: operations["restoreConnection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/connections/removed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Connections I removed in the last 30 days, which I can still restore */
        get: operations["listRemovedConnections"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My contacts (connections and off-platform people), strongest first by default */
        get: operations["listContacts"];
        put?: never;
        /** Add an off-platform contact by hand (linked to the member with that e-mail) */
        post: operations["createContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contacts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One contact: strength with reasons, timeline, responsiveness and reciprocity */
        get: operations["getContact"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Set circles, private notes, company or title of a contact */
        patch: operations["updateContact"];
        trace?: never;
    };
    "/api/contacts/{id}/interactions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Log an interaction with a contact by hand */
        post: operations["logInteraction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contacts/{id}/outcomes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record what a relationship led to (meeting, job, deal, investment, partnership) */
        post: operations["recordOutcome"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/conversations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My conversations, the newest message first, with unread counts and their total */
        get: operations["listConversations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/conversations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One of my conversations */
        get: operations["getConversation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/conversations/{id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The messages of one of my conversations, newest first */
        get: operations["listMessages"];
        put?: never;
        /** Write in one of my conversations */
        post: operations["postMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/conversations/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark one of my conversations read up to its newest message */
        post: operations["readConversation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/conversations/unread": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How many messages from others I have not read, over all my conversations */
        get: operations["unreadMessages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My imports, newest first */
        get: operations["listImports"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One import: progress while it runs, then what it added and every skipped row */
        get: operations["getImport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports/linkedin": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload a LinkedIn data export (the zip, as multipart/form-data) and import it
         * @description Reads the export through first: over a cap (10,000 entries, 512 MiB per inflated file, 1 GiB in all, 1 MiB per record) it answers 413, unreadable or with none of the export files 400, and nothing is recorded. Otherwise it answers with the import id; `GET /api/imports/:id` shows progress, then the counts, every skipped row and each file accounted for.
         */
        post: operations["importLinkedIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/insights/cadences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set my stay-in-touch cadence per circle, in days */
        put: operations["setCadences"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/insights/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My network at a glance: size by strength band, reciprocity, responsiveness, outcomes */
        get: operations["getNetworkHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/insights/prune": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Contacts worth pruning at my own threshold, each with its reasons */
        get: operations["listPruneSuggestions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/insights/prune/feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a suggestion right (prune) or wrong (keep); my threshold learns from marks */
        post: operations["markPruneSuggestion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/insights/prune/remove": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Prune several contacts at once (connections removed quietly); undo within 30 days */
        post: operations["pruneContacts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/insights/prune/undo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Undo a prune within 30 days */
        post: operations["undoPrune"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/insights/stay-in-touch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who is due a word, by my cadence per circle */
        get: operations["getStayInTouch"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/introductions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Introductions I asked for, was asked to make, or was offered, newest first */
        get: operations["listIntroductions"];
        put?: never;
        /**
         * Ask a connection to introduce me to one of theirs, with the value for each side
         * @description 422 unless I am connected to `via`, `via` to `target`, and `via` lets me know whom they know; 422 below the introducer’s bar; 429 past the open-request limits (per requester, and 3 through one introducer).
         */
        post: operations["requestIntroduction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/introductions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One introduction, as my part in it lets me see it */
        get: operations["getIntroduction"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/introductions/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** As the target, accept: the introduction is made */
        post: operations["acceptIntroduction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/introductions/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** As the introducer or the target, decline; the requester sees “not this time”, and the reason stays mine */
        post: operations["declineIntroduction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/introductions/{id}/forward": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** As the introducer, pass the request on to the target with why I vouch */
        post: operations["forwardIntroduction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/introductions/{id}/outcome": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** As one of the two introduced, say once what the introduction led to */
        post: operations["recordIntroductionOutcome"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/introductions/{id}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A referral’s résumé, as an attachment, for its three parties only */
        get: operations["downloadResume"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/introductions/introducer-record": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My private record of the introductions I made and what they led to */
        get: operations["introducerRecord"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/introductions/outcome-questions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Introductions I am asked, once, what they led to */
        get: operations["listOutcomeQuestions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/introductions/produced": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What my network produced: what the introductions I was given led to */
        get: operations["networkProduced"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/introductions/referrals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ask a connection to refer me to someone hiring, with my résumé (multipart/form-data, a PDF of at most 5 MB)
         * @description The same rules as a request for an introduction; the résumé is checked by its content and served only to the three parties.
         */
        post: operations["requestReferral"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Invitations I received (still to answer) or sent */
        get: operations["listInvitations"];
        put?: never;
        /**
         * Invite a member to connect, with a personal note and how you know each other
         * @description If the member already invited you, their invitation is accepted instead and the connection is returned (200).
         */
        post: operations["createInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/invitations/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept an invitation */
        post: operations["acceptInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/invitations/{id}/dont-know": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** "I don't know this person": the sender can never invite you again and is not told */
        post: operations["markSenderUnknown"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/invitations/{id}/ignore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ignore an invitation (the sender is never told) */
        post: operations["ignoreInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/invitations/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw an invitation I sent (no new one to the same member for 21 days) */
        post: operations["withdrawInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My whole profile */
        get: operations["getMe"];
        put?: never;
        post?: never;
        /** Erase my account and everything personal to it */
        delete: operations["deleteMe"];
        options?: never;
        head?: never;
        /** Change any part of my profile; `positions` replaces the list */
        patch: operations["updateMe"];
        trace?: never;
    };
    "/api/me/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Everything I own, as one JSON document */
        get: operations["exportMyData"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/export/{table}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One table of my export as CSV: contacts.csv, interactions.csv or connections.csv */
        get: operations["exportMyTable"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/introducer-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My bar for introduction requests */
        get: operations["getIntroducerSettings"];
        /** Set my bar: a minimum tie strength, and a wider door for students and people in transition */
        put: operations["setIntroducerSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search members by name, headline, company or title */
        get: operations["searchMembers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/members/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A member profile as I may see it */
        get: operations["getMember"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/members/{id}/connections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A member's connections, when that member's network visibility lets me see them */
        get: operations["listMemberConnections"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/members/{id}/introducer-bar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether a connection takes introduction requests from all connections or close ties only */
        get: operations["getIntroducerBar"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a message to a connection, in the one conversation we share
         * @description Bodies are plain text of 1 to 10,000 characters, stored as written. To someone who is not a connection: 422.
         */
        post: operations["sendMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/network/map": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My first-degree network and the ties among it, for the map */
        get: operations["getNetworkMap"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/network/reach": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How many members I reach at the first, second and third degree, as far as privacy allows */
        get: operations["getNetworkReach"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/operator/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Durable jobs, newest first: scheduled, running and failed by default */
        get: operations["listJobs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/operator/open-networkers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The community's likely open networkers (LIONs), with scores and reasons */
        get: operations["listOpenNetworkers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/paths": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Warm paths (at most three hops) to a member (`to`) or to anyone at a company (`company`)
         * @description Ranked by every tie on the path; only ties every intermediary's visibility lets the caller use. A path shows the caller's own score of its first tie, never another member's.
         */
        get: operations["findWarmPaths"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List my personal access tokens (never their secrets) */
        get: operations["listTokens"];
        put?: never;
        /** Create a personal access token (shown once), optionally expiring; one made with a token cannot outlive it (422) */
        post: operations["createToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke a personal access token */
        delete: operations["revokeToken"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dev/mail.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The development outbox (newest first), when no SMTP server is configured */
        get: operations["listOutbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness */
        get: operations["checkHealth"];
        put?: never;
        post?: never;
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
        AcceptedIntroduction: {
            conversationId: string | null;
        };
        BlockedMember: {
            member: components["schemas"]["MemberSummary"];
            since: string;
        };
        BlockList: {
            items: components["schemas"]["BlockedMember"][];
        };
        BlockRequestInput: {
            member: string;
        };
        Cadences: {
            [key: string]: number;
        };
        CareerPerson: {
            hops: number;
            inTargetRole: boolean;
            /** @enum {string} */
            seniority: "c_level" | "vp" | "director" | "manager" | "individual_contributor" | "student" | "unknown";
            strength: components["schemas"]["OwnScore"];
            target: components["schemas"]["MemberSummary"];
            title: string;
            via: string[];
            viaMembers: components["schemas"]["MemberSummary"][];
            weakestLink: components["schemas"]["OwnScore"];
        };
        CareerPersonList: {
            items: components["schemas"]["CareerPerson"][];
            next?: string;
        };
        CareerStrategy: {
            companies: string[];
            roles: string[];
        };
        CareerStrategyReach: {
            companies: components["schemas"]["CompanyReach"][];
            next?: string;
            roles: string[];
        };
        Circle: {
            count: number;
            name: string;
        };
        CircleList: {
            items: components["schemas"]["Circle"][];
        };
        CompanyReach: {
            company: string;
            inTargetRoles: number;
            introducers: components["schemas"]["Introducer"][];
            next?: string;
            people: components["schemas"]["CareerPerson"][];
            reachable: number;
            staff: number;
        };
        Connection: {
            howWeMet: components["schemas"]["HowWeMet"];
            member: components["schemas"]["MemberSummary"];
            since: string;
            strength: number | null;
        };
        ConnectionEnvelope: {
            connection: components["schemas"]["Connection"];
        };
        ConnectionList: {
            items: components["schemas"]["Connection"][];
            next?: string;
        };
        ConnectionRemoval: {
            undoUntil: string;
        };
        ContactDetail: {
            band: components["schemas"]["TieBand"];
            circles: string[];
            company: string | null;
            email: string | null;
            factors: {
                [key: string]: number;
            };
            howMet: components["schemas"]["HowMetKind"] | null;
            howMetNote: string | null;
            id: string;
            lastContactAt: string | null;
            memberId: string | null;
            name: string;
            notes: string;
            profileUrl: string | null;
            prune: components["schemas"]["PruneAssessment"];
            reciprocity: components["schemas"]["Reciprocity"];
            responsiveness: components["schemas"]["Responsiveness"];
            since: string | null;
            source: string;
            strength: number;
            strengthReasons: string[];
            timeline: components["schemas"]["Interaction"][];
            title: string | null;
            topReason: string | null;
        };
        ContactIdsInput: {
            contactIds: string[];
        };
        ContactList: {
            items: components["schemas"]["ContactSummary"][];
            next?: string;
        };
        ContactRef: {
            company: string | null;
            id: string;
            memberId: string | null;
            name: string;
            title: string | null;
        };
        ContactSummary: {
            band: components["schemas"]["TieBand"] | null;
            circles: string[];
            company: string | null;
            email: string | null;
            id: string;
            lastContactAt: string | null;
            memberId: string | null;
            name: string;
            source: string;
            strength: number | null;
            title: string | null;
            topReason: string | null;
        };
        Conversation: {
            id: string;
            lastMessage: components["schemas"]["Message"] | null;
            lastMessageAt: string;
            /** @enum {string} */
            origin: "direct" | "introduction";
            unread: number;
            with: components["schemas"]["Participant"][];
        };
        ConversationList: {
            items: components["schemas"]["Conversation"][];
            next?: string;
            unreadTotal: number;
        };
        CreateContactInput: {
            circles?: string[];
            company?: string;
            /** Format: email */
            email?: string;
            howMet?: components["schemas"]["HowMetKind"];
            howMetNote?: string;
            name: string;
            notes?: string;
            /** Format: date-time */
            since?: string;
            title?: string;
        };
        CreatedToken: {
            createdAt: string;
            expiresAt: string | null;
            id: string;
            name: string;
            token: string;
        };
        CreateInteractionInput: {
            /** Format: date-time */
            at: string;
            by?: components["schemas"]["InteractionActor"];
            intent?: components["schemas"]["InteractionIntent"];
            kind: components["schemas"]["InteractionKind"];
            note?: string;
        };
        CreateIntroductionInput: {
            target: string;
            valueForRequester: string;
            valueForTarget: string;
            via: string;
        };
        CreateIntroductionOutcomeInput: {
            kind: components["schemas"]["IntroductionOutcomeKind"];
            note?: string;
        };
        CreateInvitationInput: {
            howWeMet: components["schemas"]["HowWeMet"];
            note: string;
            to: string;
        };
        CreateOutcomeInput: {
            /** Format: date-time */
            at: string;
            kind: components["schemas"]["OutcomeKind"];
            note?: string;
        };
        CreateTokenInput: {
            /** Format: date-time */
            expiresAt?: string;
            name: string;
        };
        DeclineIntroductionInput: {
            reason?: string;
        };
        DueContact: {
            cadenceDays: number;
            circle: string;
            contact: components["schemas"]["ContactRef"];
            daysSince: number | null;
            lastContactAt: string | null;
            overdueDays: number | null;
            reason: string;
        };
        FieldProblem: {
            message: string;
            path: string;
        };
        Flags: {
            inTransition: boolean;
            openNetworker: boolean;
            student: boolean;
        };
        ForwardIntroductionInput: {
            note: string;
        };
        /** @enum {string} */
        HowMetKind: "worked_together" | "studied_together" | "met_in_person" | "introduced" | "other" | "imported";
        HowWeMet: {
            company: string;
            detail?: string;
            from?: string;
            /** @constant */
            kind: "worked_together";
            to?: string;
        } | {
            detail?: string;
            from?: string;
            /** @constant */
            kind: "studied_together";
            to?: string;
        } | {
            date: string;
            detail?: string;
            /** @constant */
            kind: "met_in_person";
            place: string;
        } | {
            detail: string;
            /** @constant */
            kind: "introduced";
        } | {
            detail: string;
            /** @constant */
            kind: "other";
        };
        ImportCounts: {
            connections: number;
            contacts: number;
            endorsements: number;
            invitations: number;
            messages: number;
            positions: number;
            recommendations: number;
        };
        ImportFileReport: {
            encoding: components["schemas"]["TextEncoding"];
            file: string;
            imported: number;
            merged: number;
            rows: number;
            skipped: number;
        };
        ImportList: {
            items: components["schemas"]["ImportStatus"][];
        };
        ImportSkip: {
            detail?: string;
            file: string;
            line: number;
            reason: string;
        };
        ImportStarted: {
            importId: string;
        };
        /** @enum {string} */
        ImportState: "running" | "done" | "failed";
        ImportStatus: {
            counts: components["schemas"]["ImportCounts"];
            createdAt: string;
            error: string | null;
            files: components["schemas"]["ImportFileReport"][];
            finishedAt: string | null;
            id: string;
            kind: string;
            progress: {
                bytesRead: number;
                totalBytes: number;
            } | null;
            skipped: components["schemas"]["ImportSkip"][];
            status: components["schemas"]["ImportState"];
            unchanged: number;
        };
        Interaction: {
            at: string;
            by: components["schemas"]["InteractionActor"] | null;
            id: string;
            intent: components["schemas"]["InteractionIntent"] | null;
            kind: components["schemas"]["InteractionKind"];
            note: string | null;
            source: string;
        };
        /** @enum {string} */
        InteractionActor: "member" | "contact";
        InteractionEnvelope: {
            interaction: components["schemas"]["Interaction"];
        };
        /** @enum {string} */
        InteractionIntent: "ask" | "offer" | "none";
        /** @enum {string} */
        InteractionKind: "message_sent" | "message_received" | "meeting" | "call" | "favor_given" | "favor_asked" | "intro_made" | "intro_received" | "referral" | "recommendation" | "event";
        Introducer: {
            member: components["schemas"]["MemberSummary"];
            reaches: number;
            strength: components["schemas"]["OwnScore"];
        };
        IntroducerBar: {
            openToStudentsAndTransition: boolean;
            /** @enum {string} */
            takesRequestsFrom: "all_connections" | "close_ties";
        };
        IntroducerRecord: {
            accepted: number;
            declined: number;
            expired: number;
            forwarded: number;
            outcomes: {
                deal: number;
                investment: number;
                job: number;
                meeting: number;
                nothing: number;
                partnership: number;
            };
        };
        IntroducerSettings: {
            minTieStrength: number | null;
            openToStudentsAndTransition: boolean;
        };
        Introduction: {
            conversationId: string | null;
            createdAt: string;
            decidedAt: string | null;
            declineReason: string | null;
            expiresAt: string;
            id: string;
            introducer: components["schemas"]["MemberSummary"];
            introducerNote: string | null;
            kind: components["schemas"]["IntroductionKind"];
            requester: components["schemas"]["MemberSummary"];
            requesterProfile: {
                asks: string;
                flags: components["schemas"]["Flags"];
                headline: string;
                id: string;
                isSelf: boolean;
                location: string;
                name: string;
                positions: components["schemas"]["Position"][];
                valueProposition: string;
            } | null;
            requesterRelationship: components["schemas"]["RequesterRelationship"] | null;
            resume: components["schemas"]["Resume"] | null;
            role: components["schemas"]["IntroductionRole"];
            status: components["schemas"]["IntroductionStatus"];
            target: components["schemas"]["MemberSummary"];
            targetProfile: {
                asks: string;
                flags: components["schemas"]["Flags"];
                headline: string;
                id: string;
                isSelf: boolean;
                location: string;
                name: string;
                positions: components["schemas"]["Position"][];
                valueProposition: string;
            } | null;
            valueForRequester: string;
            valueForTarget: string;
        };
        IntroductionEnvelope: {
            introduction: components["schemas"]["Introduction"];
        };
        /** @enum {string} */
        IntroductionKind: "introduction" | "referral";
        IntroductionList: {
            items: components["schemas"]["Introduction"][];
            next?: string;
        };
        IntroductionOutcome: {
            at: string;
            introductionId: string;
            kind: components["schemas"]["IntroductionOutcomeKind"];
            note: string | null;
        };
        /** @enum {string} */
        IntroductionOutcomeKind: "meeting" | "job" | "deal" | "investment" | "partnership" | "nothing";
        /** @enum {string} */
        IntroductionRole: "requester" | "introducer" | "target";
        /** @enum {string} */
        IntroductionStatus: "requested" | "forwarded" | "declined_by_introducer" | "declined_by_target" | "not_this_time" | "accepted" | "expired";
        Invitation: {
            createdAt: string;
            from: string;
            fromMember: components["schemas"]["MemberSummary"];
            howWeMet: components["schemas"]["HowWeMet"];
            id: string;
            note: string;
            senderOpenNetworker: components["schemas"]["OpenNetworkerSignal"] | null;
            status: components["schemas"]["InvitationStatus"];
            to: string;
            toMember: components["schemas"]["MemberSummary"];
        };
        InvitationEnvelope: {
            invitation: components["schemas"]["Invitation"];
        };
        InvitationList: {
            items: components["schemas"]["Invitation"][];
            next?: string;
        };
        /** @enum {string} */
        InvitationStatus: "pending" | "accepted" | "withdrawn" | "expired";
        Job: {
            attempts: number;
            createdAt: string;
            finishedAt: string | null;
            id: string;
            kind: string;
            lastError: string | null;
            maxAttempts: number;
            runAt: string;
            state: components["schemas"]["JobState"];
        };
        JobList: {
            items: components["schemas"]["Job"][];
        };
        /** @enum {string} */
        JobState: "scheduled" | "running" | "done" | "failed" | "cancelled";
        LearnedThreshold: {
            learnedFrom: number;
            misclassified: number;
            threshold: number;
        };
        LoginInput: {
            /** Format: email */
            email: string;
            password: string;
        };
        Mail: {
            createdAt: string;
            id: string;
            subject: string;
            text: string;
            to: string;
        };
        MailList: {
            items: components["schemas"]["Mail"][];
        };
        MapEdge: {
            source: string;
            target: string;
            weight: components["schemas"]["OwnScore"];
        };
        MapNode: {
            circles: string[];
            contactId: string | null;
            id: string;
            isSelf: boolean;
            lion: boolean;
            name: string;
            strength: components["schemas"]["OwnScore"];
        };
        Me: {
            asks: string;
            careerStrategy: components["schemas"]["CareerStrategy"];
            createdAt: string;
            email: string;
            flags: components["schemas"]["Flags"];
            headline: string;
            id: string;
            location: string;
            name: string;
            positions: components["schemas"]["Position"][];
            role: components["schemas"]["Role"];
            valueProposition: string;
            visibility: components["schemas"]["Visibility"];
        };
        MemberEnvelope: {
            member: components["schemas"]["Me"];
        };
        MemberList: {
            items: components["schemas"]["MemberSummary"][];
            next?: string;
        };
        MemberPage: {
            asks: string;
            degree: (1 | 2 | 3) | null;
            flags: components["schemas"]["Flags"];
            headline: string;
            id: string;
            isSelf: boolean;
            location: string;
            mutualConnections: components["schemas"]["MemberSummary"][];
            name: string;
            positions: components["schemas"]["Position"][];
            valueProposition: string;
        };
        MemberSummary: {
            company: string | null;
            headline: string;
            id: string;
            name: string;
            title: string | null;
        };
        Message: {
            body: string;
            conversationId: string;
            createdAt: string;
            id: string;
            kind: components["schemas"]["MessageKind"];
            mine: boolean;
            offer: components["schemas"]["Offer"] | null;
            sender: components["schemas"]["Participant"];
        };
        MessageEnvelope: {
            message: components["schemas"]["Message"];
        };
        /** @enum {string} */
        MessageKind: "text" | "offer";
        MessageList: {
            items: components["schemas"]["Message"][];
            next?: string;
        };
        NetworkHealth: {
            byBand: {
                dormant: number;
                medium: number;
                strong: number;
                weak: number;
            };
            dormantShare: number;
            due: number;
            meanStrength: number;
            outcomesThisYear: {
                deal: number;
                investment: number;
                job: number;
                meeting: number;
                nothing: number;
                partnership: number;
            };
            pruneSuggestions: number;
            pruneThreshold: components["schemas"]["LearnedThreshold"];
            reciprocityBalance: components["schemas"]["ReciprocityBalance"];
            responsiveness: components["schemas"]["NetworkResponsiveness"];
            size: number;
        };
        NetworkMap: {
            edges: components["schemas"]["MapEdge"][];
            nodes: components["schemas"]["MapNode"][];
        };
        NetworkProduced: {
            counts: {
                deal: number;
                investment: number;
                job: number;
                meeting: number;
                nothing: number;
                partnership: number;
            };
            items: {
                at: string;
                introducer: components["schemas"]["MemberSummary"];
                introductionId: string;
                kind: components["schemas"]["IntroductionOutcomeKind"];
                note: string | null;
                with: components["schemas"]["MemberSummary"];
            }[];
        };
        NetworkReach: {
            first: number;
            second: number;
            third: number;
        };
        NetworkResponsiveness: {
            answered: number;
            answeredWithin48h: number;
            rate: number | null;
            rateWithin48h: number | null;
            sent: number;
        };
        Offer: {
            acceptedAt: string | null;
            kind: components["schemas"]["OfferKind"];
        };
        /** @enum {string} */
        OfferKind: "introduction" | "advice" | "referral" | "reference";
        Ok: {
            /** @constant */
            ok: true;
        };
        OpenNetworker: {
            clustering: number;
            degree: number;
            member: components["schemas"]["MemberSummary"];
            reasons: string[];
            score: number;
        };
        OpenNetworkerList: {
            items: components["schemas"]["OpenNetworker"][];
        };
        OpenNetworkerSignal: {
            reasons: string[];
            score: number;
        };
        Outcome: {
            at: string;
            contactId: string | null;
            id: string;
            kind: components["schemas"]["OutcomeKind"];
            note: string | null;
        };
        OutcomeEnvelope: {
            outcome: components["schemas"]["Outcome"];
        };
        /** @enum {string} */
        OutcomeKind: "meeting" | "job" | "deal" | "investment" | "partnership" | "nothing";
        OutcomeQuestion: {
            askedAt: string;
            introducer: components["schemas"]["MemberSummary"];
            introductionId: string;
            with: components["schemas"]["MemberSummary"];
        };
        OutcomeQuestionList: {
            items: components["schemas"]["OutcomeQuestion"][];
        };
        OwnScore: number | null;
        Participant: {
            headline: string;
            id: string | null;
            name: string;
        };
        PasswordResetConfirmInput: {
            password: string;
            token: string;
        };
        PasswordResetRequestInput: {
            /** Format: email */
            email: string;
        };
        PersonalData: {
            [key: string]: unknown;
        };
        Position: {
            company: string;
            from: string | null;
            seniority: components["schemas"]["Seniority"];
            title: string;
            to: string | null;
        };
        PostMessageInput: {
            body: string;
        };
        Problem: {
            detail: string;
            errors?: components["schemas"]["FieldProblem"][];
            status: number;
            title: string;
            type: string;
        };
        PruneAssessment: {
            reasons: string[];
            score: number;
            suggested: boolean;
        };
        PruneFeedbackInput: {
            contactId: string;
            verdict: components["schemas"]["PruneVerdict"];
        };
        PruneFeedbackResult: {
            threshold: components["schemas"]["LearnedThreshold"];
        };
        /** @enum {string} */
        PruneKind: "dormant" | "non_responder" | "one_way_asker" | "open_networker";
        PruneList: {
            items: components["schemas"]["PruneSuggestion"][];
            threshold: components["schemas"]["LearnedThreshold"];
        };
        PruneResult: {
            removed: string[];
            undoUntil: string;
        };
        PruneSuggestion: {
            contact: components["schemas"]["ContactRef"];
            kinds: components["schemas"]["PruneKind"][];
            mark: components["schemas"]["PruneVerdict"] | null;
            reasons: string[];
            score: number;
            strength: number;
        };
        PruneUndoResult: {
            restored: string[];
        };
        /** @enum {string} */
        PruneVerdict: "keep" | "prune";
        Reciprocity: {
            asked: number;
            balance: number;
            byYear: components["schemas"]["ReciprocityYear"][];
            contactAsked: number;
            contactGave: number;
            given: number;
            label: components["schemas"]["ReciprocityLabel"];
            memberAsked: number;
            memberGave: number;
            received: number;
        };
        ReciprocityBalance: {
            balance: number;
            byYear: components["schemas"]["ReciprocityYear"][];
            contactAsked: number;
            contactGave: number;
            contactsByLabel: {
                balanced: number;
                "no exchanges": number;
                "they ask more": number;
                "they give more": number;
                "you ask more": number;
                "you give more": number;
            };
            label: components["schemas"]["ReciprocityLabel"];
            memberAsked: number;
            memberGave: number;
        };
        /** @enum {string} */
        ReciprocityLabel: "balanced" | "you give more" | "they ask more" | "you ask more" | "they give more" | "no exchanges";
        ReciprocityYear: {
            balance: number;
            contactAsked: number;
            contactGave: number;
            label: components["schemas"]["ReciprocityLabel"];
            memberAsked: number;
            memberGave: number;
            year: number;
        };
        RemovedConnection: {
            howWeMet: components["schemas"]["HowWeMet"];
            member: components["schemas"]["MemberSummary"];
            removedAt: string;
            since: string;
            strength: number | null;
            undoUntil: string;
        };
        RemovedConnectionList: {
            items: components["schemas"]["RemovedConnection"][];
        };
        RequesterRelationship: {
            howWeMet: components["schemas"]["HowWeMet"] | null;
            lastContactAt: string | null;
            strength: number | null;
        };
        Responsiveness: {
            answered: number;
            answeredWithin48h: number;
            medianReplyHours: number | null;
            pending: number;
            rate: number | null;
            rateWithin48h: number | null;
            sent: number;
        };
        Resume: {
            bytes: number;
            name: string;
        };
        /** @enum {string} */
        Role: "member" | "operator";
        SendMessageInput: {
            body: string;
            to: string;
        };
        /** @enum {string} */
        Seniority: "c_level" | "vp" | "director" | "manager" | "individual_contributor" | "student" | "unknown";
        SetCadencesInput: {
            cadences: components["schemas"]["Cadences"];
        };
        SignupInput: {
            /** Format: email */
            email: string;
            name: string;
            password: string;
        };
        StayInTouch: {
            cadences: components["schemas"]["Cadences"];
            items: components["schemas"]["DueContact"][];
        };
        /** @enum {string} */
        TextEncoding: "utf-8" | "utf-8-bom" | "utf-16le" | "utf-16be" | "windows-1252";
        /** @enum {string} */
        TieBand: "strong" | "medium" | "weak" | "dormant";
        Token: {
            createdAt: string;
            expiresAt: string | null;
            id: string;
            lastUsedAt: string | null;
            name: string;
        };
        TokenList: {
            items: components["schemas"]["Token"][];
        };
        UnreadTotal: {
            unreadTotal: number;
        };
        UpdateContactInput: {
            circles?: string[];
            company?: string | null;
            notes?: string;
            title?: string | null;
        };
        UpdateMeInput: {
            asks?: string;
            careerStrategy?: components["schemas"]["CareerStrategy"];
            flags?: {
                inTransition?: boolean;
                openNetworker?: boolean;
                student?: boolean;
            };
            headline?: string;
            location?: string;
            name?: string;
            positions?: {
                company: string;
                from?: string | null;
                title: string;
                to?: string | null;
            }[];
            valueProposition?: string;
            visibility?: components["schemas"]["Visibility"];
        };
        /** @enum {string} */
        Visibility: "only_me" | "strong_ties" | "connections";
        WarmPath: {
            hops: number;
            strength: components["schemas"]["OwnScore"];
            target: components["schemas"]["MemberSummary"];
            via: string[];
            viaMembers: components["schemas"]["MemberSummary"][];
            weakestLink: components["schemas"]["OwnScore"];
        };
        WarmPaths: {
            paths: components["schemas"]["WarmPath"][];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type AcceptedIntroduction = components['schemas']['AcceptedIntroduction'];
export type BlockedMember = components['schemas']['BlockedMember'];
export type BlockList = components['schemas']['BlockList'];
export type BlockRequestInput = components['schemas']['BlockRequestInput'];
export type Cadences = components['schemas']['Cadences'];
export type CareerPerson = components['schemas']['CareerPerson'];
export type CareerPersonList = components['schemas']['CareerPersonList'];
export type CareerStrategy = components['schemas']['CareerStrategy'];
export type CareerStrategyReach = components['schemas']['CareerStrategyReach'];
export type Circle = components['schemas']['Circle'];
export type CircleList = components['schemas']['CircleList'];
export type CompanyReach = components['schemas']['CompanyReach'];
export type Connection = components['schemas']['Connection'];
export type ConnectionEnvelope = components['schemas']['ConnectionEnvelope'];
export type ConnectionList = components['schemas']['ConnectionList'];
export type ConnectionRemoval = components['schemas']['ConnectionRemoval'];
export type ContactDetail = components['schemas']['ContactDetail'];
export type ContactIdsInput = components['schemas']['ContactIdsInput'];
export type ContactList = components['schemas']['ContactList'];
export type ContactRef = components['schemas']['ContactRef'];
export type ContactSummary = components['schemas']['ContactSummary'];
export type Conversation = components['schemas']['Conversation'];
export type ConversationList = components['schemas']['ConversationList'];
export type CreateContactInput = components['schemas']['CreateContactInput'];
export type CreatedToken = components['schemas']['CreatedToken'];
export type CreateInteractionInput = components['schemas']['CreateInteractionInput'];
export type CreateIntroductionInput = components['schemas']['CreateIntroductionInput'];
export type CreateIntroductionOutcomeInput = components['schemas']['CreateIntroductionOutcomeInput'];
export type CreateInvitationInput = components['schemas']['CreateInvitationInput'];
export type CreateOutcomeInput = components['schemas']['CreateOutcomeInput'];
export type CreateTokenInput = components['schemas']['CreateTokenInput'];
export type DeclineIntroductionInput = components['schemas']['DeclineIntroductionInput'];
export type DueContact = components['schemas']['DueContact'];
export type FieldProblem = components['schemas']['FieldProblem'];
export type Flags = components['schemas']['Flags'];
export type ForwardIntroductionInput = components['schemas']['ForwardIntroductionInput'];
export type HowMetKind = components['schemas']['HowMetKind'];
export type HowWeMet = components['schemas']['HowWeMet'];
export type ImportCounts = components['schemas']['ImportCounts'];
export type ImportFileReport = components['schemas']['ImportFileReport'];
export type ImportList = components['schemas']['ImportList'];
export type ImportSkip = components['schemas']['ImportSkip'];
export type ImportStarted = components['schemas']['ImportStarted'];
export type ImportState = components['schemas']['ImportState'];
export type ImportStatus = components['schemas']['ImportStatus'];
export type Interaction = components['schemas']['Interaction'];
export type InteractionActor = components['schemas']['InteractionActor'];
export type InteractionEnvelope = components['schemas']['InteractionEnvelope'];
export type InteractionIntent = components['schemas']['InteractionIntent'];
export type InteractionKind = components['schemas']['InteractionKind'];
export type Introducer = components['schemas']['Introducer'];
export type IntroducerBar = components['schemas']['IntroducerBar'];
export type IntroducerRecord = components['schemas']['IntroducerRecord'];
export type IntroducerSettings = components['schemas']['IntroducerSettings'];
export type Introduction = components['schemas']['Introduction'];
export type IntroductionEnvelope = components['schemas']['IntroductionEnvelope'];
export type IntroductionKind = components['schemas']['IntroductionKind'];
export type IntroductionList = components['schemas']['IntroductionList'];
export type IntroductionOutcome = components['schemas']['IntroductionOutcome'];
export type IntroductionOutcomeKind = components['schemas']['IntroductionOutcomeKind'];
export type IntroductionRole = components['schemas']['IntroductionRole'];
export type IntroductionStatus = components['schemas']['IntroductionStatus'];
export type Invitation = components['schemas']['Invitation'];
export type InvitationEnvelope = components['schemas']['InvitationEnvelope'];
export type InvitationList = components['schemas']['InvitationList'];
export type InvitationStatus = components['schemas']['InvitationStatus'];
export type Job = components['schemas']['Job'];
export type JobList = components['schemas']['JobList'];
export type JobState = components['schemas']['JobState'];
export type LearnedThreshold = components['schemas']['LearnedThreshold'];
export type LoginInput = components['schemas']['LoginInput'];
export type Mail = components['schemas']['Mail'];
export type MailList = components['schemas']['MailList'];
export type MapEdge = components['schemas']['MapEdge'];
export type MapNode = components['schemas']['MapNode'];
export type Me = components['schemas']['Me'];
export type MemberEnvelope = components['schemas']['MemberEnvelope'];
export type MemberList = components['schemas']['MemberList'];
export type MemberPage = components['schemas']['MemberPage'];
export type MemberSummary = components['schemas']['MemberSummary'];
export type Message = components['schemas']['Message'];
export type MessageEnvelope = components['schemas']['MessageEnvelope'];
export type MessageKind = components['schemas']['MessageKind'];
export type MessageList = components['schemas']['MessageList'];
export type NetworkHealth = components['schemas']['NetworkHealth'];
export type NetworkMap = components['schemas']['NetworkMap'];
export type NetworkProduced = components['schemas']['NetworkProduced'];
export type NetworkReach = components['schemas']['NetworkReach'];
export type NetworkResponsiveness = components['schemas']['NetworkResponsiveness'];
export type Offer = components['schemas']['Offer'];
export type OfferKind = components['schemas']['OfferKind'];
export type Ok = components['schemas']['Ok'];
export type OpenNetworker = components['schemas']['OpenNetworker'];
export type OpenNetworkerList = components['schemas']['OpenNetworkerList'];
export type OpenNetworkerSignal = components['schemas']['OpenNetworkerSignal'];
export type Outcome = components['schemas']['Outcome'];
export type OutcomeEnvelope = components['schemas']['OutcomeEnvelope'];
export type OutcomeKind = components['schemas']['OutcomeKind'];
export type OutcomeQuestion = components['schemas']['OutcomeQuestion'];
export type OutcomeQuestionList = components['schemas']['OutcomeQuestionList'];
export type OwnScore = components['schemas']['OwnScore'];
export type Participant = components['schemas']['Participant'];
export type PasswordResetConfirmInput = components['schemas']['PasswordResetConfirmInput'];
export type PasswordResetRequestInput = components['schemas']['PasswordResetRequestInput'];
export type PersonalData = components['schemas']['PersonalData'];
export type Position = components['schemas']['Position'];
export type PostMessageInput = components['schemas']['PostMessageInput'];
export type Problem = components['schemas']['Problem'];
export type PruneAssessment = components['schemas']['PruneAssessment'];
export type PruneFeedbackInput = components['schemas']['PruneFeedbackInput'];
export type PruneFeedbackResult = components['schemas']['PruneFeedbackResult'];
export type PruneKind = components['schemas']['PruneKind'];
export type PruneList = components['schemas']['PruneList'];
export type PruneResult = components['schemas']['PruneResult'];
export type PruneSuggestion = components['schemas']['PruneSuggestion'];
export type PruneUndoResult = components['schemas']['PruneUndoResult'];
export type PruneVerdict = components['schemas']['PruneVerdict'];
export type Reciprocity = components['schemas']['Reciprocity'];
export type ReciprocityBalance = components['schemas']['ReciprocityBalance'];
export type ReciprocityLabel = components['schemas']['ReciprocityLabel'];
export type ReciprocityYear = components['schemas']['ReciprocityYear'];
export type RemovedConnection = components['schemas']['RemovedConnection'];
export type RemovedConnectionList = components['schemas']['RemovedConnectionList'];
export type RequesterRelationship = components['schemas']['RequesterRelationship'];
export type Responsiveness = components['schemas']['Responsiveness'];
export type Resume = components['schemas']['Resume'];
export type Role = components['schemas']['Role'];
export type SendMessageInput = components['schemas']['SendMessageInput'];
export type Seniority = components['schemas']['Seniority'];
export type SetCadencesInput = components['schemas']['SetCadencesInput'];
export type SignupInput = components['schemas']['SignupInput'];
export type StayInTouch = components['schemas']['StayInTouch'];
export type TextEncoding = components['schemas']['TextEncoding'];
export type TieBand = components['schemas']['TieBand'];
export type Token = components['schemas']['Token'];
export type TokenList = components['schemas']['TokenList'];
export type UnreadTotal = components['schemas']['UnreadTotal'];
export type UpdateContactInput = components['schemas']['UpdateContactInput'];
export type UpdateMeInput = components['schemas']['UpdateMeInput'];
export type Visibility = components['schemas']['Visibility'];
export type WarmPath = components['schemas']['WarmPath'];
export type WarmPaths = components['schemas']['WarmPaths'];
export type $defs = Record<string, never>;
export interface operations {
    logIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberEnvelope"];
                };
            };
            /** @description The request is not valid; `errors` names each field that is not */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the access token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A limit is reached; `Retry-After` says in how many seconds to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    logOut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not signed in, or the access token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    requestPasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordResetRequestInput"];
            };
        };
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ok"];
                };
            };
            /** @description The request is not valid; `errors` names each field that is not */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A limit is reached; `Retry-After` says in how many seconds to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    confirmPasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordResetConfirmInput"];
            };
        };
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid; `errors` names each field that is not */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    signOutEverywhere: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not signed in, or the access token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    signUp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignupInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberEnvelope"];
                };
            };
            /** @description The request is not valid; `errors` names each field that is not */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A limit is reached; `Retry-After` says in how many seconds to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listBlocks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BlockList"];
                };
            };
            /** @description Not signed in, or the access token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    blockMember: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BlockRequestInput"];
            };
        };
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid; `errors` names each field that is not */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the access token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not yours to know */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but against a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    unblockMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                memberId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid; `errors` names each field that is not */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the access token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not yours to know */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCareerStrategyReach: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
                perCompany?: number;
                roles?: "target" | "any";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CareerStrategyReach"];
                };
            };
            /** @description The request is not valid; `errors` names each field that is not */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the access token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCareerStrategyPeople: {
        parameters: {
            query: {
                company: string;
                cursor?: string;
                limit?: number;
                roles?: "target" | "any";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CareerPersonList"];
                };
            };
            /** @description The request is not valid; `errors` names each field that is not */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the access token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCircles: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CircleList"];
                };
            };
            /** @description Not signed in, or the access token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listConnections: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConnectionList"];
                };
            };
            /** @description The request is not valid; `errors` names each field that is not */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the access token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    removeConnection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                memberId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConnectionRemoval"];
                };
            };
            /** @description The request is not valid; `errors` names each field that is not */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the access token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not yours to know */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    restoreConnection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                memberId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConnectionEnvelope"];
                };
            };
            /** @description The request is not valid; `errors` names each field that is not */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the access token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not yours to know */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description In conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listRemovedConnections: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RemovedConnectionList"];
                };
            };
            /** @description Not signed in, or the access token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listContacts: {
        parameters: {
            query?: {
                circle?: string;
                cursor?: string;
                limit?: number;
                sort?: "strength" | "lastContact" | "name";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactList"];
                };
            };
            /** @description The request is not valid; `errors` names each field that is not */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the access token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createContact: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateContactInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactDetail"];
                };
            };
            /** @description The request is not valid; `errors` names each field that is not */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the access token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description In conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getContact: {
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
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactDetail"];
                };
            };
            /** @description The request is not valid; `errors` names each field that is not */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the access token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not yours to know */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateContactInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactDetail"];
                };
            };
            /** @description The request is not valid; `errors` names each field that is not */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the access token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not yours to know */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    logInteraction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateInteractionInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InteractionEnvelope"];
                };
            };
            /** @description The request is not valid; `errors` names each field that is not */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the access token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not yours to know */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recordOutcome: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOutcomeInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutcomeEnvelope"];
                };
            };
            /** @description The request is not valid; `errors` names each field that is not */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the access token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not yours to know */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listConversations: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationList"];
                };
            };
            /** @description The request is not valid; `errors` names each field that is not */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the access token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getConversation: {
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
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conversation"];
                };
            };
            /** @description The request is not valid; `errors` names each field that is not */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the access token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not yours to know */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMessages: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageList"];
                };
            };
            /** @description The request is not valid; `errors` names each field that is not */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the access token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not yours to know */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PostMessageInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageEnvelope"];
                };
            };
            /** @description The request is not valid; `errors` names each field that is not */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the access token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not yours to know */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but against a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readConversation: {
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
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid; `errors` names each field that is not */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the access token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not yours to know */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    unreadMessages: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnreadTotal"];
                };
            };
            /** @description Not signed in, or the access token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listImports: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportList"];
                };
            };
            /** @description Not signed in, or the access token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getImport: {
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
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportStatus"];
                };
            };
            /** @description The request is not valid; `errors` names each field that is not */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the access token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not yours to know */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    importLinkedIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description The LinkedIn data export (a zip)
                     */
                    file: Blob;
                };
            };
        };
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportStarted"];
                };
            };
            /** @description The request is not valid; `errors` names each field that is not */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the access token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not a media type this operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setCadences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetCadencesInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StayInTouch"];
                };
            };
            /** @description The request is not valid; `errors` names each field that is not */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the access token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getNetworkHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NetworkHealth"];
                };
            };
            /** @description Not signed in, or the access token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPruneSuggestions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PruneList"];
                };
            };
            /** @description Not signed in, or the access token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    markPruneSuggestion: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PruneFeedbackInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PruneFeedbackResult"];
                };
            };
            /** @description The request is not valid; `errors` names each field that is not */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the access token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not yours to know */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    pruneContacts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactIdsInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PruneResult"];
                };
            };
            /** @description The request is not valid; `errors` names each field that is not */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the access token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not yours to know */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    undoPrune: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactIdsInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PruneUndoResult"];
                };
            };
            /** @description The request is not valid; `errors` names each field that is not */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the access token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not yours to know */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getStayInTouch: {
        parameters: {
            query?: {
                horizonDays?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StayInTouch"];
                };
            };
            /** @description The request is not valid; `errors` names each field that is not */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the access token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listIntroductions: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
                role?: components["schemas"]["IntroductionRole"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntroductionList"];
                };
            };
            /** @description The request is not valid; `errors` names each field that is not */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the access token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    requestIntroduction: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateIntroductionInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntroductionEnvelope"];
                };
            };
            /** @description The request is not valid; `errors` names each field that is not */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the access token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description In conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but against a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A limit is reached; `Retry-After` says in how many seconds to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getIntroduction: {
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
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntroductionEnvelope"];
                };
            };
            /** @description The request is not valid; `errors` names each field that is not */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the access token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not yours to know */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    acceptIntroduction: {
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
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AcceptedIntroduction"];
                };
            };
            /** @description The request is not valid; `errors` names each field that is not */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the access token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not yours to know */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description In conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    declineIntroduction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeclineIntroductionInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntroductionEnvelope"];
                };
            };
            /** @description The request is not valid; `errors` names each field that is not */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the access token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not yours to know */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description In conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    forwardIntroduction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ForwardIntroductionInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntroductionEnvelope"];
                };
            };
            /** @description The request is not valid; `errors` names each field that is not */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the access token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not yours to know */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description In conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recordIntroductionOutcome: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateIntroductionOutcomeInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntroductionOutcome"];
                };
            };
            /** @description The request is not valid; `errors` names each field that is not */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the access token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not yours to know */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description In conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    downloadResume: {
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
            /** @description The résumé, a PDF, as an attachment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": unknown;
                };
            };
            /** @description The request is not valid; `errors` names each field that is not */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the access token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not yours to know */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    introducerRecord: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntroducerRecord"];
                };
            };
            /** @description Not signed in, or the access token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listOutcomeQuestions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutcomeQuestionList"];
                };
            };
            /** @description Not signed in, or the access token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    networkProduced: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NetworkProduced"];
                };
            };
            /** @description Not signed in, or the access token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    requestReferral: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description The résumé, a PDF of at most 5 MB
                     */
                    resume: Blob;
                    target: string;
                    valueForRequester: string;
                    valueForTarget: string;
                    via: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntroductionEnvelope"];
                };
            };
            /** @description The request is not valid; `errors` names each field that is not */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the access token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description In conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not a media type this operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but against a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A limit is reached; `Retry-After` says in how many seconds to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listInvitations: {
        parameters: {
            query?: {
                box?: "received" | "sent";
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationList"];
                };
            };
            /** @description The request is not valid; `errors` names each field that is not */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the access token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateInvitationInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConnectionEnvelope"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationEnvelope"];
                };
            };
            /** @description The request is not valid; `errors` names each field that is not */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the access token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not yours to know */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description In conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but against a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A limit is reached; `Retry-After` says in how many seconds to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    acceptInvitation: {
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
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConnectionEnvelope"];
                };
            };
            /** @description The request is not valid; `errors` names each field that is not */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the access token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not yours to know */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    markSenderUnknown: {
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
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid; `errors` names each field that is not */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the access token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not yours to know */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ignoreInvitation: {
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
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid; `errors` names each field that is not */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the access token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not yours to know */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    withdrawInvitation: {
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
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid; `errors` names each field that is not */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the access token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not yours to know */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description In conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Me"];
                };
            };
            /** @description Not signed in, or the access token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not signed in, or the access token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not yours to know */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMeInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Me"];
                };
            };
            /** @description The request is not valid; `errors` names each field that is not */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the access token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportMyData: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonalData"];
                };
            };
            /** @description Not signed in, or the access token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportMyTable: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                table: "contacts.csv" | "interactions.csv" | "connections.csv";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The table as CSV */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description The request is not valid; `errors` names each field that is not */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the access token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getIntroducerSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntroducerSettings"];
                };
            };
            /** @description Not signed in, or the access token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setIntroducerSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IntroducerSettings"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntroducerSettings"];
                };
            };
            /** @description The request is not valid; `errors` names each field that is not */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the access token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    searchMembers: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberList"];
                };
            };
            /** @description The request is not valid; `errors` names each field that is not */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the access token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMember: {
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
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberPage"];
                };
            };
            /** @description The request is not valid; `errors` names each field that is not */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the access token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not yours to know */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMemberConnections: {
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
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberList"];
                };
            };
            /** @description The request is not valid; `errors` names each field that is not */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the access token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not yours to know */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getIntroducerBar: {
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
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntroducerBar"];
                };
            };
            /** @description The request is not valid; `errors` names each field that is not */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the access token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not yours to know */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    sendMessage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SendMessageInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageEnvelope"];
                };
            };
            /** @description The request is not valid; `errors` names each field that is not */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the access token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but against a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getNetworkMap: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NetworkMap"];
                };
            };
            /** @description Not signed in, or the access token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getNetworkReach: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NetworkReach"];
                };
            };
            /** @description Not signed in, or the access token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listJobs: {
        parameters: {
            query?: {
                limit?: number;
                state?: components["schemas"]["JobState"][] | components["schemas"]["JobState"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobList"];
                };
            };
            /** @description The request is not valid; `errors` names each field that is not */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the access token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listOpenNetworkers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenNetworkerList"];
                };
            };
            /** @description Not signed in, or the access token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    findWarmPaths: {
        parameters: {
            query?: {
                company?: string;
                k?: number;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WarmPaths"];
                };
            };
            /** @description The request is not valid; `errors` names each field that is not */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the access token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not yours to know */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listTokens: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenList"];
                };
            };
            /** @description Not signed in, or the access token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTokenInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedToken"];
                };
            };
            /** @description The request is not valid; `errors` names each field that is not */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the access token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but against a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid; `errors` names each field that is not */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the access token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not yours to know */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listOutbox: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MailList"];
                };
            };
            /** @description Not signed in, or the access token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    checkHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ok"];
                };
            };
            /** @description Not signed in, or the access token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
