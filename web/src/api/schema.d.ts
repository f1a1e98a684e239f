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
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: email */
                        email: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            member: {
                                asks: string;
                                careerStrategy: {
                                    companies: string[];
                                    roles: string[];
                                };
                                createdAt: string;
                                email: string;
                                flags: {
                                    inTransition: boolean;
                                    openNetworker: boolean;
                                    student: boolean;
                                };
                                headline: string;
                                id: string;
                                location: string;
                                name: string;
                                positions: {
                                    company: string;
                                    from: string | null;
                                    /** @enum {string} */
                                    seniority: "c_level" | "vp" | "director" | "manager" | "individual_contributor" | "student" | "unknown";
                                    title: string;
                                    to: string | null;
                                }[];
                                /** @enum {string} */
                                role: "member" | "operator";
                                valueProposition: string;
                                /** @enum {string} */
                                visibility: "only_me" | "strong_ties" | "connections";
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
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
        post: {
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
            };
        };
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
        /** Mail a password reset link (answers the same whether or not the account exists) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: email */
                        email: string;
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
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
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
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        password: string;
                        token: string;
                    };
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
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
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
        /** Create an account and sign in */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: email */
                        email: string;
                        name: string;
                        password: string;
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
                        "application/json": {
                            member: {
                                asks: string;
                                careerStrategy: {
                                    companies: string[];
                                    roles: string[];
                                };
                                createdAt: string;
                                email: string;
                                flags: {
                                    inTransition: boolean;
                                    openNetworker: boolean;
                                    student: boolean;
                                };
                                headline: string;
                                id: string;
                                location: string;
                                name: string;
                                positions: {
                                    company: string;
                                    from: string | null;
                                    /** @enum {string} */
                                    seniority: "c_level" | "vp" | "director" | "manager" | "individual_contributor" | "student" | "unknown";
                                    title: string;
                                    to: string | null;
                                }[];
                                /** @enum {string} */
                                role: "member" | "operator";
                                valueProposition: string;
                                /** @enum {string} */
                                visibility: "only_me" | "strong_ties" | "connections";
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
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
        get: {
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
                        "application/json": {
                            items: {
                                howWeMet: {
                                    company: string;
                                    detail?: string;
                                    from?: string;
                                    /** @enum {string} */
                                    kind: "worked_together";
                                    to?: string;
                                } | {
                                    detail?: string;
                                    from?: string;
                                    /** @enum {string} */
                                    kind: "studied_together";
                                    to?: string;
                                } | {
                                    date: string;
                                    detail?: string;
                                    /** @enum {string} */
                                    kind: "met_in_person";
                                    place: string;
                                } | {
                                    detail: string;
                                    /** @enum {string} */
                                    kind: "introduced";
                                } | {
                                    detail: string;
                                    /** @enum {string} */
                                    kind: "other";
                                };
                                member: {
                                    company: string | null;
                                    headline: string;
                                    id: string;
                                    name: string;
                                    title: string | null;
                                };
                                since: string;
                                strength: number | null;
                            }[];
                            next?: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
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
        delete: {
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
                        "application/json": {
                            undoUntil: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
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
        post: {
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
                        "application/json": {
                            connection: {
                                howWeMet: {
                                    company: string;
                                    detail?: string;
                                    from?: string;
                                    /** @enum {string} */
                                    kind: "worked_together";
                                    to?: string;
                                } | {
                                    detail?: string;
                                    from?: string;
                                    /** @enum {string} */
                                    kind: "studied_together";
                                    to?: string;
                                } | {
                                    date: string;
                                    detail?: string;
                                    /** @enum {string} */
                                    kind: "met_in_person";
                                    place: string;
                                } | {
                                    detail: string;
                                    /** @enum {string} */
                                    kind: "introduced";
                                } | {
                                    detail: string;
                                    /** @enum {string} */
                                    kind: "other";
                                };
                                member: {
                                    company: string | null;
                                    headline: string;
                                    id: string;
                                    name: string;
                                    title: string | null;
                                };
                                since: string;
                                strength: number | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
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
        get: {
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
                        "application/json": {
                            items: {
                                howWeMet: {
                                    company: string;
                                    detail?: string;
                                    from?: string;
                                    /** @enum {string} */
                                    kind: "worked_together";
                                    to?: string;
                                } | {
                                    detail?: string;
                                    from?: string;
                                    /** @enum {string} */
                                    kind: "studied_together";
                                    to?: string;
                                } | {
                                    date: string;
                                    detail?: string;
                                    /** @enum {string} */
                                    kind: "met_in_person";
                                    place: string;
                                } | {
                                    detail: string;
                                    /** @enum {string} */
                                    kind: "introduced";
                                } | {
                                    detail: string;
                                    /** @enum {string} */
                                    kind: "other";
                                };
                                member: {
                                    company: string | null;
                                    headline: string;
                                    id: string;
                                    name: string;
                                    title: string | null;
                                };
                                removedAt: string;
                                since: string;
                                strength: number | null;
                                undoUntil: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
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
        get: {
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
                        "application/json": {
                            items: {
                                createdAt: string;
                                from: string;
                                fromMember: {
                                    company: string | null;
                                    headline: string;
                                    id: string;
                                    name: string;
                                    title: string | null;
                                };
                                howWeMet: {
                                    company: string;
                                    detail?: string;
                                    from?: string;
                                    /** @enum {string} */
                                    kind: "worked_together";
                                    to?: string;
                                } | {
                                    detail?: string;
                                    from?: string;
                                    /** @enum {string} */
                                    kind: "studied_together";
                                    to?: string;
                                } | {
                                    date: string;
                                    detail?: string;
                                    /** @enum {string} */
                                    kind: "met_in_person";
                                    place: string;
                                } | {
                                    detail: string;
                                    /** @enum {string} */
                                    kind: "introduced";
                                } | {
                                    detail: string;
                                    /** @enum {string} */
                                    kind: "other";
                                };
                                id: string;
                                note: string;
                                /** @enum {string} */
                                status: "pending" | "accepted" | "withdrawn" | "expired";
                                to: string;
                                toMember: {
                                    company: string | null;
                                    headline: string;
                                    id: string;
                                    name: string;
                                    title: string | null;
                                };
                            }[];
                            next?: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Invite a member to connect, with a personal note and how you know each other
         * @description If the member already invited you, their invitation is accepted instead and the connection is returned (200).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        howWeMet: {
                            company: string;
                            detail?: string;
                            from?: string;
                            /** @enum {string} */
                            kind: "worked_together";
                            to?: string;
                        } | {
                            detail?: string;
                            from?: string;
                            /** @enum {string} */
                            kind: "studied_together";
                            to?: string;
                        } | {
                            date: string;
                            detail?: string;
                            /** @enum {string} */
                            kind: "met_in_person";
                            place: string;
                        } | {
                            detail: string;
                            /** @enum {string} */
                            kind: "introduced";
                        } | {
                            detail: string;
                            /** @enum {string} */
                            kind: "other";
                        };
                        note: string;
                        to: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            connection: {
                                howWeMet: {
                                    company: string;
                                    detail?: string;
                                    from?: string;
                                    /** @enum {string} */
                                    kind: "worked_together";
                                    to?: string;
                                } | {
                                    detail?: string;
                                    from?: string;
                                    /** @enum {string} */
                                    kind: "studied_together";
                                    to?: string;
                                } | {
                                    date: string;
                                    detail?: string;
                                    /** @enum {string} */
                                    kind: "met_in_person";
                                    place: string;
                                } | {
                                    detail: string;
                                    /** @enum {string} */
                                    kind: "introduced";
                                } | {
                                    detail: string;
                                    /** @enum {string} */
                                    kind: "other";
                                };
                                member: {
                                    company: string | null;
                                    headline: string;
                                    id: string;
                                    name: string;
                                    title: string | null;
                                };
                                since: string;
                                strength: number | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            invitation: {
                                createdAt: string;
                                from: string;
                                fromMember: {
                                    company: string | null;
                                    headline: string;
                                    id: string;
                                    name: string;
                                    title: string | null;
                                };
                                howWeMet: {
                                    company: string;
                                    detail?: string;
                                    from?: string;
                                    /** @enum {string} */
                                    kind: "worked_together";
                                    to?: string;
                                } | {
                                    detail?: string;
                                    from?: string;
                                    /** @enum {string} */
                                    kind: "studied_together";
                                    to?: string;
                                } | {
                                    date: string;
                                    detail?: string;
                                    /** @enum {string} */
                                    kind: "met_in_person";
                                    place: string;
                                } | {
                                    detail: string;
                                    /** @enum {string} */
                                    kind: "introduced";
                                } | {
                                    detail: string;
                                    /** @enum {string} */
                                    kind: "other";
                                };
                                id: string;
                                note: string;
                                /** @enum {string} */
                                status: "pending" | "accepted" | "withdrawn" | "expired";
                                to: string;
                                toMember: {
                                    company: string | null;
                                    headline: string;
                                    id: string;
                                    name: string;
                                    title: string | null;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
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
        post: {
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
                        "application/json": {
                            connection: {
                                howWeMet: {
                                    company: string;
                                    detail?: string;
                                    from?: string;
                                    /** @enum {string} */
                                    kind: "worked_together";
                                    to?: string;
                                } | {
                                    detail?: string;
                                    from?: string;
                                    /** @enum {string} */
                                    kind: "studied_together";
                                    to?: string;
                                } | {
                                    date: string;
                                    detail?: string;
                                    /** @enum {string} */
                                    kind: "met_in_person";
                                    place: string;
                                } | {
                                    detail: string;
                                    /** @enum {string} */
                                    kind: "introduced";
                                } | {
                                    detail: string;
                                    /** @enum {string} */
                                    kind: "other";
                                };
                                member: {
                                    company: string | null;
                                    headline: string;
                                    id: string;
                                    name: string;
                                    title: string | null;
                                };
                                since: string;
                                strength: number | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
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
        post: {
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
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
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
        post: {
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
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
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
        post: {
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
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
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
        get: {
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
                        "application/json": {
                            asks: string;
                            careerStrategy: {
                                companies: string[];
                                roles: string[];
                            };
                            createdAt: string;
                            email: string;
                            flags: {
                                inTransition: boolean;
                                openNetworker: boolean;
                                student: boolean;
                            };
                            headline: string;
                            id: string;
                            location: string;
                            name: string;
                            positions: {
                                company: string;
                                from: string | null;
                                /** @enum {string} */
                                seniority: "c_level" | "vp" | "director" | "manager" | "individual_contributor" | "student" | "unknown";
                                title: string;
                                to: string | null;
                            }[];
                            /** @enum {string} */
                            role: "member" | "operator";
                            valueProposition: string;
                            /** @enum {string} */
                            visibility: "only_me" | "strong_ties" | "connections";
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change any part of my profile; `positions` replaces the list */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        asks?: string;
                        careerStrategy?: {
                            companies: string[];
                            roles: string[];
                        };
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
                        /** @enum {string} */
                        visibility?: "only_me" | "strong_ties" | "connections";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            asks: string;
                            careerStrategy: {
                                companies: string[];
                                roles: string[];
                            };
                            createdAt: string;
                            email: string;
                            flags: {
                                inTransition: boolean;
                                openNetworker: boolean;
                                student: boolean;
                            };
                            headline: string;
                            id: string;
                            location: string;
                            name: string;
                            positions: {
                                company: string;
                                from: string | null;
                                /** @enum {string} */
                                seniority: "c_level" | "vp" | "director" | "manager" | "individual_contributor" | "student" | "unknown";
                                title: string;
                                to: string | null;
                            }[];
                            /** @enum {string} */
                            role: "member" | "operator";
                            valueProposition: string;
                            /** @enum {string} */
                            visibility: "only_me" | "strong_ties" | "connections";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
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
        get: {
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
                        "application/json": {
                            items: {
                                company: string | null;
                                headline: string;
                                id: string;
                                name: string;
                                title: string | null;
                            }[];
                            next?: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
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
        get: {
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
                        "application/json": {
                            asks: string;
                            degree: (1 | 2 | 3) | null;
                            flags: {
                                inTransition: boolean;
                                openNetworker: boolean;
                                student: boolean;
                            };
                            headline: string;
                            id: string;
                            isSelf: boolean;
                            location: string;
                            mutualConnections: {
                                company: string | null;
                                headline: string;
                                id: string;
                                name: string;
                                title: string | null;
                            }[];
                            name: string;
                            positions: {
                                company: string;
                                from: string | null;
                                /** @enum {string} */
                                seniority: "c_level" | "vp" | "director" | "manager" | "individual_contributor" | "student" | "unknown";
                                title: string;
                                to: string | null;
                            }[];
                            valueProposition: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
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
        get: {
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
                        "application/json": {
                            items: {
                                company: string | null;
                                headline: string;
                                id: string;
                                name: string;
                                title: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
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
        get: {
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
                        "application/json": {
                            items: {
                                createdAt: string;
                                id: string;
                                lastUsedAt: string | null;
                                name: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a personal access token (shown once) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
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
                        "application/json": {
                            createdAt: string;
                            id: string;
                            name: string;
                            token: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
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
        delete: {
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
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
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
        get: {
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
                        "application/json": {
                            items: {
                                createdAt: string;
                                id: string;
                                subject: string;
                                text: string;
                                to: string;
                            }[];
                        };
                    };
                };
            };
        };
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
        get: {
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
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
            };
        };
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
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
