export const id = 552;
export const ids = [552];
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

/***/ 6552:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createKmsReader: () => (/* binding */ createKmsReader)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_kms__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2632);
/* harmony import */ var _inputs_arn_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5406);
/* harmony import */ var _clients_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(201);
/** The KMS gateway: only DescribeKey, to check the key before ECS is told to use it. */



function createKmsReader(keyArn) {
    const client = new _aws_sdk_client_kms__WEBPACK_IMPORTED_MODULE_1__/* .KMSClient */ .pgq((0,_clients_js__WEBPACK_IMPORTED_MODULE_2__/* .clientSettings */ .r)((0,_inputs_arn_js__WEBPACK_IMPORTED_MODULE_0__/* .parseArn */ .Lw)(keyArn)?.region));
    return {
        async describeKey(KeyId) {
            return (await client.send(new _aws_sdk_client_kms__WEBPACK_IMPORTED_MODULE_1__/* .DescribeKeyCommand */ .spV({ KeyId }))).KeyMetadata;
        }
    };
}


/***/ })

};
