export const id = 84;
export const ids = [84];
export const modules = {

/***/ 201:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ clientSettings)
/* harmony export */ });
/* unused harmony export MAX_ATTEMPTS */
/**
 * Settings shared by every AWS client. Throttling and transient faults are left to the SDK's
 * adaptive retry strategy: it backs off on "Rate exceeded" and limits the client's own send
 * rate, which a fleet rollout needs and a home-made loop would only imitate.
 */
const MAX_ATTEMPTS = 8;
function clientSettings(region) {
    return {
        ...(region ? { region } : {}),
        retryMode: 'adaptive',
        maxAttempts: MAX_ATTEMPTS,
        customUserAgent: 'ecs-service-connect-tls-action'
    };
}


/***/ }),

/***/ 1084:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createIamReader: () => (/* binding */ createIamReader)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6764);
/* harmony import */ var _clients_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(201);
/** The IAM gateway: reads the infrastructure role's trust policy and attached policies. */


/** IAM is global; `region` only picks the partition's endpoint when no Region is configured. */
function createIamReader(region) {
    const client = new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_0__/* .IAMClient */ .h8v((0,_clients_js__WEBPACK_IMPORTED_MODULE_1__/* .clientSettings */ .r)(region));
    return {
        async readRole(RoleName) {
            const role = await client.send(new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_0__/* .GetRoleCommand */ .kbp({ RoleName }));
            const attachedPolicyArns = [];
            let Marker;
            do {
                const page = await client.send(new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_0__/* .ListAttachedRolePoliciesCommand */ .wfM({ RoleName, ...(Marker ? { Marker } : {}) }));
                for (const policy of page.AttachedPolicies ?? [])
                    if (policy.PolicyArn)
                        attachedPolicyArns.push(policy.PolicyArn);
                Marker = page.IsTruncated ? page.Marker : undefined;
            } while (Marker);
            return {
                trustPolicy: decodeURIComponent(role.Role?.AssumeRolePolicyDocument ?? ''),
                attachedPolicyArns
            };
        }
    };
}


/***/ })

};
