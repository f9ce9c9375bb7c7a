export const id = 293;
export const ids = [293];
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

/***/ 9293:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createPcaReader: () => (/* binding */ createPcaReader)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_acm_pca__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3265);
/* harmony import */ var _aws_sdk_client_acm_pca__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(_aws_sdk_client_acm_pca__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _inputs_arn_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5406);
/* harmony import */ var _checks_certificate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9410);
/* harmony import */ var _clients_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(201);
/** The ACM-PCA gateway: read-only by nature (the action never changes a CA). */




/** The client talks to the CA's own Region, which may differ from the cluster's. */
function createPcaReader(caArn) {
    const client = new _aws_sdk_client_acm_pca__WEBPACK_IMPORTED_MODULE_2__.ACMPCAClient((0,_clients_js__WEBPACK_IMPORTED_MODULE_3__/* .clientSettings */ .r)((0,_inputs_arn_js__WEBPACK_IMPORTED_MODULE_0__/* .parseArn */ .Lw)(caArn)?.region));
    const readTags = async (arn) => {
        const tags = {};
        let NextToken;
        do {
            const output = await client.send(new _aws_sdk_client_acm_pca__WEBPACK_IMPORTED_MODULE_2__.ListTagsCommand({ CertificateAuthorityArn: arn, ...(NextToken ? { NextToken } : {}) }));
            for (const tag of output.Tags ?? [])
                if (tag.Key)
                    tags[tag.Key] = tag.Value ?? '';
            NextToken = output.NextToken;
        } while (NextToken);
        return tags;
    };
    return {
        async readCertificateAuthority(arn, withTags) {
            const [described, certificate, tags] = await Promise.all([
                client.send(new _aws_sdk_client_acm_pca__WEBPACK_IMPORTED_MODULE_2__.DescribeCertificateAuthorityCommand({ CertificateAuthorityArn: arn })),
                client.send(new _aws_sdk_client_acm_pca__WEBPACK_IMPORTED_MODULE_2__.GetCertificateAuthorityCertificateCommand({ CertificateAuthorityArn: arn })),
                withTags ? readTags(arn) : Promise.resolve(undefined)
            ]);
            const ca = described.CertificateAuthority;
            const pem = certificate.Certificate ?? '';
            const details = {
                arn,
                certificatePem: pem,
                chainPem: certificate.CertificateChain ?? '',
                ...(0,_checks_certificate_js__WEBPACK_IMPORTED_MODULE_1__/* .describeCertificate */ .dF)(pem),
                status: ca?.Status ?? '',
                type: ca?.Type ?? '',
                usageMode: ca?.UsageMode ?? '',
                keyAlgorithm: ca?.CertificateAuthorityConfiguration?.KeyAlgorithm ?? ''
            };
            if (ca?.OwnerAccount)
                details.ownerAccount = ca.OwnerAccount;
            if (tags)
                details.tags = tags;
            return details;
        }
    };
}


/***/ })

};
