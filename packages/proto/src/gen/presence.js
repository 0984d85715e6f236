/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Array = $util.global.Array, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt, $Boolean = $util.global.Boolean;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const presence = $root.presence = (() => {

    /**
     * Namespace presence.
     * @exports presence
     * @namespace
     */
    const presence = {};

    presence.v1 = (function() {

        /**
         * Namespace v1.
         * @memberof presence
         * @namespace
         */
        const v1 = {};

        v1.Header = (function() {

            /**
             * Properties of a Header.
             * @typedef {Object} presence.v1.Header.$Properties
             * @property {string|null} [name] Header name as it goes on the wire, e.g. "SIP-ETag".
             * @property {string|null} [value] Header value without the trailing CRLF.
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Header.
             * @memberof presence.v1
             * @interface IHeader
             * @augments presence.v1.Header.$Properties
             * @deprecated Use presence.v1.Header.$Properties instead.
             */

            /**
             * Shape of a Header.
             * @typedef {presence.v1.Header.$Properties} presence.v1.Header.$Shape
             */

            /**
             * Constructs a new Header.
             * @memberof presence.v1
             * @classdesc One SIP header field, in the order it is to be written.
             * @constructor
             * @param {presence.v1.Header.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Header = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Header name as it goes on the wire, e.g. "SIP-ETag".
             * @member {string} name
             * @memberof presence.v1.Header
             * @instance
             */
            Header.prototype.name = "";

            /**
             * Header value without the trailing CRLF.
             * @member {string} value
             * @memberof presence.v1.Header
             * @instance
             */
            Header.prototype.value = "";

            /**
             * Creates a new Header instance using the specified properties.
             * @function create
             * @memberof presence.v1.Header
             * @static
             * @param {presence.v1.Header.$Properties=} [properties] Properties to set
             * @returns {presence.v1.Header} Header instance
             * @type {{
             *   (properties: presence.v1.Header.$Shape): presence.v1.Header & presence.v1.Header.$Shape;
             *   (properties?: presence.v1.Header.$Properties): presence.v1.Header;
             * }}
             */
            Header.create = function(properties) {
                return new Header(properties);
            };

            /**
             * Encodes the specified Header message. Does not implicitly {@link presence.v1.Header.verify|verify} messages.
             * @function encode
             * @memberof presence.v1.Header
             * @static
             * @param {presence.v1.Header.$Properties} message Header message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Header.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.value);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Header message, length delimited. Does not implicitly {@link presence.v1.Header.verify|verify} messages.
             * @function encodeDelimited
             * @memberof presence.v1.Header
             * @static
             * @param {presence.v1.Header.$Properties} message Header message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Header.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Header message from the specified reader or buffer.
             * @function decode
             * @memberof presence.v1.Header
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {presence.v1.Header & presence.v1.Header.$Shape} Header
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Header.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.presence.v1.Header();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.value = value;
                            else
                                delete message.value;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Header message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof presence.v1.Header
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {presence.v1.Header & presence.v1.Header.$Shape} Header
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Header.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Header message.
             * @function verify
             * @memberof presence.v1.Header
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Header.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    if (!$util.isString(message.value))
                        return "value: string expected";
                return null;
            };

            /**
             * Creates a Header message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof presence.v1.Header
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {presence.v1.Header} Header
             */
            Header.fromObject = function (object, _depth) {
                if (object instanceof $root.presence.v1.Header)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".presence.v1.Header: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.presence.v1.Header();
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.value != null)
                    if (typeof object.value !== "string" || object.value.length)
                        message.value = $String(object.value);
                return message;
            };

            /**
             * Creates a plain object from a Header message. Also converts values to other types if specified.
             * @function toObject
             * @memberof presence.v1.Header
             * @static
             * @param {presence.v1.Header} message Header
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Header.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.name = "";
                    object.value = "";
                }
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    object.value = message.value;
                return object;
            };

            /**
             * Converts this Header to JSON.
             * @function toJSON
             * @memberof presence.v1.Header
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Header.prototype.toJSON = function() {
                return Header.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Header
             * @function getTypeUrl
             * @memberof presence.v1.Header
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Header.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/presence.v1.Header";
            };

            return Header;
        })();

        v1.SipReply = (function() {

            /**
             * Properties of a SipReply.
             * @typedef {Object} presence.v1.SipReply.$Properties
             * @property {number|null} [status] SIP status code (100-699).
             * @property {string|null} [reason] Reason phrase.
             * @property {Array.<presence.v1.Header.$Properties>|null} [headers] Headers to add to the response, in order (SIP-ETag, Expires, Min-Expires, Warning, ...).
             * @property {string|null} [toTag] The To-tag to put on the response when the request had none; absent otherwise.
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SipReply.
             * @memberof presence.v1
             * @interface ISipReply
             * @augments presence.v1.SipReply.$Properties
             * @deprecated Use presence.v1.SipReply.$Properties instead.
             */

            /**
             * Shape of a SipReply.
             * @typedef {presence.v1.SipReply.$Properties} presence.v1.SipReply.$Shape
             */

            /**
             * Constructs a new SipReply.
             * @memberof presence.v1
             * @classdesc The answer a service gives to a SIP request; the edge turns it into the SIP response.
             * @constructor
             * @param {presence.v1.SipReply.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SipReply = function (properties) {
                this.headers = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SIP status code (100-699).
             * @member {number} status
             * @memberof presence.v1.SipReply
             * @instance
             */
            SipReply.prototype.status = 0;

            /**
             * Reason phrase.
             * @member {string} reason
             * @memberof presence.v1.SipReply
             * @instance
             */
            SipReply.prototype.reason = "";

            /**
             * Headers to add to the response, in order (SIP-ETag, Expires, Min-Expires, Warning, ...).
             * @member {Array.<presence.v1.Header.$Properties>} headers
             * @memberof presence.v1.SipReply
             * @instance
             */
            SipReply.prototype.headers = $util.emptyArray;

            /**
             * The To-tag to put on the response when the request had none; absent otherwise.
             * @member {string|null|undefined} toTag
             * @memberof presence.v1.SipReply
             * @instance
             */
            SipReply.prototype.toTag = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(SipReply.prototype, "_toTag", {
                get: $util.oneOfGetter($oneOfFields = ["toTag"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new SipReply instance using the specified properties.
             * @function create
             * @memberof presence.v1.SipReply
             * @static
             * @param {presence.v1.SipReply.$Properties=} [properties] Properties to set
             * @returns {presence.v1.SipReply} SipReply instance
             * @type {{
             *   (properties: presence.v1.SipReply.$Shape): presence.v1.SipReply & presence.v1.SipReply.$Shape;
             *   (properties?: presence.v1.SipReply.$Properties): presence.v1.SipReply;
             * }}
             */
            SipReply.create = function(properties) {
                return new SipReply(properties);
            };

            /**
             * Encodes the specified SipReply message. Does not implicitly {@link presence.v1.SipReply.verify|verify} messages.
             * @function encode
             * @memberof presence.v1.SipReply
             * @static
             * @param {presence.v1.SipReply.$Properties} message SipReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SipReply.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.status);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.reason);
                if (message.headers != null && message.headers.length)
                    for (let i = 0; i < message.headers.length; ++i)
                        $root.presence.v1.Header.encode(message.headers[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.toTag != null && $Object.hasOwnProperty.call(message, "toTag"))
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.toTag);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified SipReply message, length delimited. Does not implicitly {@link presence.v1.SipReply.verify|verify} messages.
             * @function encodeDelimited
             * @memberof presence.v1.SipReply
             * @static
             * @param {presence.v1.SipReply.$Properties} message SipReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SipReply.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a SipReply message from the specified reader or buffer.
             * @function decode
             * @memberof presence.v1.SipReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {presence.v1.SipReply & presence.v1.SipReply.$Shape} SipReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SipReply.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.presence.v1.SipReply();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.status = value;
                            else
                                delete message.status;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.headers && message.headers.length))
                                message.headers = [];
                            message.headers.push($root.presence.v1.Header.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.toTag = reader.stringVerify();
                            message._toTag = "toTag";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a SipReply message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof presence.v1.SipReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {presence.v1.SipReply & presence.v1.SipReply.$Shape} SipReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SipReply.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a SipReply message.
             * @function verify
             * @memberof presence.v1.SipReply
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SipReply.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    if (!$util.isInteger(message.status))
                        return "status: integer expected";
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    if (!$util.isString(message.reason))
                        return "reason: string expected";
                if (message.headers != null && $Object.hasOwnProperty.call(message, "headers")) {
                    if (!$Array.isArray(message.headers))
                        return "headers: array expected";
                    for (let i = 0; i < message.headers.length; ++i) {
                        let error = $root.presence.v1.Header.verify(message.headers[i], _depth + 1);
                        if (error)
                            return "headers." + error;
                    }
                }
                if (message.toTag != null && $Object.hasOwnProperty.call(message, "toTag")) {
                    properties._toTag = 1;
                    if (!$util.isString(message.toTag))
                        return "toTag: string expected";
                }
                return null;
            };

            /**
             * Creates a SipReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof presence.v1.SipReply
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {presence.v1.SipReply} SipReply
             */
            SipReply.fromObject = function (object, _depth) {
                if (object instanceof $root.presence.v1.SipReply)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".presence.v1.SipReply: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.presence.v1.SipReply();
                if (object.status != null)
                    if ($Number(object.status) !== 0)
                        message.status = object.status >>> 0;
                if (object.reason != null)
                    if (typeof object.reason !== "string" || object.reason.length)
                        message.reason = $String(object.reason);
                if (object.headers) {
                    if (!$Array.isArray(object.headers))
                        throw $TypeError(".presence.v1.SipReply.headers: array expected");
                    message.headers = $Array(object.headers.length);
                    for (let i = 0; i < object.headers.length; ++i) {
                        if (!$util.isObject(object.headers[i]))
                            throw $TypeError(".presence.v1.SipReply.headers: object expected");
                        message.headers[i] = $root.presence.v1.Header.fromObject(object.headers[i], _depth + 1);
                    }
                }
                if (object.toTag != null)
                    message.toTag = $String(object.toTag);
                return message;
            };

            /**
             * Creates a plain object from a SipReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof presence.v1.SipReply
             * @static
             * @param {presence.v1.SipReply} message SipReply
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SipReply.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.headers = [];
                if (options.defaults) {
                    object.status = 0;
                    object.reason = "";
                }
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    object.status = message.status;
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                if (message.headers && message.headers.length) {
                    object.headers = $Array(message.headers.length);
                    for (let j = 0; j < message.headers.length; ++j)
                        object.headers[j] = $root.presence.v1.Header.toObject(message.headers[j], options, _depth + 1);
                }
                if (message.toTag != null && $Object.hasOwnProperty.call(message, "toTag"))
                    object.toTag = message.toTag;
                return object;
            };

            /**
             * Converts this SipReply to JSON.
             * @function toJSON
             * @memberof presence.v1.SipReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SipReply.prototype.toJSON = function() {
                return SipReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SipReply
             * @function getTypeUrl
             * @memberof presence.v1.SipReply
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SipReply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/presence.v1.SipReply";
            };

            return SipReply;
        })();

        v1.EventParam = (function() {

            /**
             * Properties of an EventParam.
             * @typedef {Object} presence.v1.EventParam.$Properties
             * @property {string|null} [name] Parameter name, lower-cased.
             * @property {string|null} [value] Parameter value; absent for a parameter without "=value".
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an EventParam.
             * @memberof presence.v1
             * @interface IEventParam
             * @augments presence.v1.EventParam.$Properties
             * @deprecated Use presence.v1.EventParam.$Properties instead.
             */

            /**
             * Shape of an EventParam.
             * @typedef {presence.v1.EventParam.$Properties} presence.v1.EventParam.$Shape
             */

            /**
             * Constructs a new EventParam.
             * @memberof presence.v1
             * @classdesc One parameter of the Event header.
             * @constructor
             * @param {presence.v1.EventParam.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const EventParam = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Parameter name, lower-cased.
             * @member {string} name
             * @memberof presence.v1.EventParam
             * @instance
             */
            EventParam.prototype.name = "";

            /**
             * Parameter value; absent for a parameter without "=value".
             * @member {string|null|undefined} value
             * @memberof presence.v1.EventParam
             * @instance
             */
            EventParam.prototype.value = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(EventParam.prototype, "_value", {
                get: $util.oneOfGetter($oneOfFields = ["value"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new EventParam instance using the specified properties.
             * @function create
             * @memberof presence.v1.EventParam
             * @static
             * @param {presence.v1.EventParam.$Properties=} [properties] Properties to set
             * @returns {presence.v1.EventParam} EventParam instance
             * @type {{
             *   (properties: presence.v1.EventParam.$Shape): presence.v1.EventParam & presence.v1.EventParam.$Shape;
             *   (properties?: presence.v1.EventParam.$Properties): presence.v1.EventParam;
             * }}
             */
            EventParam.create = function(properties) {
                return new EventParam(properties);
            };

            /**
             * Encodes the specified EventParam message. Does not implicitly {@link presence.v1.EventParam.verify|verify} messages.
             * @function encode
             * @memberof presence.v1.EventParam
             * @static
             * @param {presence.v1.EventParam.$Properties} message EventParam message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EventParam.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.value);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified EventParam message, length delimited. Does not implicitly {@link presence.v1.EventParam.verify|verify} messages.
             * @function encodeDelimited
             * @memberof presence.v1.EventParam
             * @static
             * @param {presence.v1.EventParam.$Properties} message EventParam message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EventParam.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an EventParam message from the specified reader or buffer.
             * @function decode
             * @memberof presence.v1.EventParam
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {presence.v1.EventParam & presence.v1.EventParam.$Shape} EventParam
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EventParam.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.presence.v1.EventParam();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.value = reader.stringVerify();
                            message._value = "value";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes an EventParam message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof presence.v1.EventParam
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {presence.v1.EventParam & presence.v1.EventParam.$Shape} EventParam
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EventParam.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an EventParam message.
             * @function verify
             * @memberof presence.v1.EventParam
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            EventParam.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message.value != null && $Object.hasOwnProperty.call(message, "value")) {
                    properties._value = 1;
                    if (!$util.isString(message.value))
                        return "value: string expected";
                }
                return null;
            };

            /**
             * Creates an EventParam message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof presence.v1.EventParam
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {presence.v1.EventParam} EventParam
             */
            EventParam.fromObject = function (object, _depth) {
                if (object instanceof $root.presence.v1.EventParam)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".presence.v1.EventParam: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.presence.v1.EventParam();
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.value != null)
                    message.value = $String(object.value);
                return message;
            };

            /**
             * Creates a plain object from an EventParam message. Also converts values to other types if specified.
             * @function toObject
             * @memberof presence.v1.EventParam
             * @static
             * @param {presence.v1.EventParam} message EventParam
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            EventParam.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.name = "";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    object.value = message.value;
                return object;
            };

            /**
             * Converts this EventParam to JSON.
             * @function toJSON
             * @memberof presence.v1.EventParam
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            EventParam.prototype.toJSON = function() {
                return EventParam.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for EventParam
             * @function getTypeUrl
             * @memberof presence.v1.EventParam
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            EventParam.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/presence.v1.EventParam";
            };

            return EventParam;
        })();

        v1.EventRef = (function() {

            /**
             * Properties of an EventRef.
             * @typedef {Object} presence.v1.EventRef.$Properties
             * @property {string|null} [name] Event package token with templates, lower-cased ("presence", "presence.winfo", "dialog").
             * @property {string|null} [id] The "id" parameter; absent when the header has none.
             * @property {Array.<presence.v1.EventParam.$Properties>|null} [params] All header parameters in the order received.
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an EventRef.
             * @memberof presence.v1
             * @interface IEventRef
             * @augments presence.v1.EventRef.$Properties
             * @deprecated Use presence.v1.EventRef.$Properties instead.
             */

            /**
             * Shape of an EventRef.
             * @typedef {presence.v1.EventRef.$Properties} presence.v1.EventRef.$Shape
             */

            /**
             * Constructs a new EventRef.
             * @memberof presence.v1
             * @classdesc The parsed Event header of a request (RFC 6665 8.2.1).
             * @constructor
             * @param {presence.v1.EventRef.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const EventRef = function (properties) {
                this.params = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Event package token with templates, lower-cased ("presence", "presence.winfo", "dialog").
             * @member {string} name
             * @memberof presence.v1.EventRef
             * @instance
             */
            EventRef.prototype.name = "";

            /**
             * The "id" parameter; absent when the header has none.
             * @member {string|null|undefined} id
             * @memberof presence.v1.EventRef
             * @instance
             */
            EventRef.prototype.id = null;

            /**
             * All header parameters in the order received.
             * @member {Array.<presence.v1.EventParam.$Properties>} params
             * @memberof presence.v1.EventRef
             * @instance
             */
            EventRef.prototype.params = $util.emptyArray;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(EventRef.prototype, "_id", {
                get: $util.oneOfGetter($oneOfFields = ["id"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new EventRef instance using the specified properties.
             * @function create
             * @memberof presence.v1.EventRef
             * @static
             * @param {presence.v1.EventRef.$Properties=} [properties] Properties to set
             * @returns {presence.v1.EventRef} EventRef instance
             * @type {{
             *   (properties: presence.v1.EventRef.$Shape): presence.v1.EventRef & presence.v1.EventRef.$Shape;
             *   (properties?: presence.v1.EventRef.$Properties): presence.v1.EventRef;
             * }}
             */
            EventRef.create = function(properties) {
                return new EventRef(properties);
            };

            /**
             * Encodes the specified EventRef message. Does not implicitly {@link presence.v1.EventRef.verify|verify} messages.
             * @function encode
             * @memberof presence.v1.EventRef
             * @static
             * @param {presence.v1.EventRef.$Properties} message EventRef message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EventRef.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.id);
                if (message.params != null && message.params.length)
                    for (let i = 0; i < message.params.length; ++i)
                        $root.presence.v1.EventParam.encode(message.params[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified EventRef message, length delimited. Does not implicitly {@link presence.v1.EventRef.verify|verify} messages.
             * @function encodeDelimited
             * @memberof presence.v1.EventRef
             * @static
             * @param {presence.v1.EventRef.$Properties} message EventRef message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EventRef.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an EventRef message from the specified reader or buffer.
             * @function decode
             * @memberof presence.v1.EventRef
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {presence.v1.EventRef & presence.v1.EventRef.$Shape} EventRef
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EventRef.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.presence.v1.EventRef();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.id = reader.stringVerify();
                            message._id = "id";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.params && message.params.length))
                                message.params = [];
                            message.params.push($root.presence.v1.EventParam.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes an EventRef message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof presence.v1.EventRef
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {presence.v1.EventRef & presence.v1.EventRef.$Shape} EventRef
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EventRef.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an EventRef message.
             * @function verify
             * @memberof presence.v1.EventRef
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            EventRef.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message.id != null && $Object.hasOwnProperty.call(message, "id")) {
                    properties._id = 1;
                    if (!$util.isString(message.id))
                        return "id: string expected";
                }
                if (message.params != null && $Object.hasOwnProperty.call(message, "params")) {
                    if (!$Array.isArray(message.params))
                        return "params: array expected";
                    for (let i = 0; i < message.params.length; ++i) {
                        let error = $root.presence.v1.EventParam.verify(message.params[i], _depth + 1);
                        if (error)
                            return "params." + error;
                    }
                }
                return null;
            };

            /**
             * Creates an EventRef message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof presence.v1.EventRef
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {presence.v1.EventRef} EventRef
             */
            EventRef.fromObject = function (object, _depth) {
                if (object instanceof $root.presence.v1.EventRef)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".presence.v1.EventRef: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.presence.v1.EventRef();
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.id != null)
                    message.id = $String(object.id);
                if (object.params) {
                    if (!$Array.isArray(object.params))
                        throw $TypeError(".presence.v1.EventRef.params: array expected");
                    message.params = $Array(object.params.length);
                    for (let i = 0; i < object.params.length; ++i) {
                        if (!$util.isObject(object.params[i]))
                            throw $TypeError(".presence.v1.EventRef.params: object expected");
                        message.params[i] = $root.presence.v1.EventParam.fromObject(object.params[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from an EventRef message. Also converts values to other types if specified.
             * @function toObject
             * @memberof presence.v1.EventRef
             * @static
             * @param {presence.v1.EventRef} message EventRef
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            EventRef.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.params = [];
                if (options.defaults)
                    object.name = "";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.params && message.params.length) {
                    object.params = $Array(message.params.length);
                    for (let j = 0; j < message.params.length; ++j)
                        object.params[j] = $root.presence.v1.EventParam.toObject(message.params[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this EventRef to JSON.
             * @function toJSON
             * @memberof presence.v1.EventRef
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            EventRef.prototype.toJSON = function() {
                return EventRef.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for EventRef
             * @function getTypeUrl
             * @memberof presence.v1.EventRef
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            EventRef.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/presence.v1.EventRef";
            };

            return EventRef;
        })();

        v1.PeerInfo = (function() {

            /**
             * Properties of a PeerInfo.
             * @typedef {Object} presence.v1.PeerInfo.$Properties
             * @property {string|null} [transport] Transport the request arrived on: "udp", "tcp", "tls", "ws", "wss".
             * @property {string|null} [address] Source IP address of the request.
             * @property {number|null} [port] Source port of the request.
             * @property {string|null} [connectionId] Edge-local connection id of a TCP/TLS/WS flow; absent for UDP.
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PeerInfo.
             * @memberof presence.v1
             * @interface IPeerInfo
             * @augments presence.v1.PeerInfo.$Properties
             * @deprecated Use presence.v1.PeerInfo.$Properties instead.
             */

            /**
             * Shape of a PeerInfo.
             * @typedef {presence.v1.PeerInfo.$Properties} presence.v1.PeerInfo.$Shape
             */

            /**
             * Constructs a new PeerInfo.
             * @memberof presence.v1
             * @classdesc Where a request came from, so NOTIFYs for connection-oriented flows leave through the same edge.
             * @constructor
             * @param {presence.v1.PeerInfo.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PeerInfo = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Transport the request arrived on: "udp", "tcp", "tls", "ws", "wss".
             * @member {string} transport
             * @memberof presence.v1.PeerInfo
             * @instance
             */
            PeerInfo.prototype.transport = "";

            /**
             * Source IP address of the request.
             * @member {string} address
             * @memberof presence.v1.PeerInfo
             * @instance
             */
            PeerInfo.prototype.address = "";

            /**
             * Source port of the request.
             * @member {number} port
             * @memberof presence.v1.PeerInfo
             * @instance
             */
            PeerInfo.prototype.port = 0;

            /**
             * Edge-local connection id of a TCP/TLS/WS flow; absent for UDP.
             * @member {string|null|undefined} connectionId
             * @memberof presence.v1.PeerInfo
             * @instance
             */
            PeerInfo.prototype.connectionId = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(PeerInfo.prototype, "_connectionId", {
                get: $util.oneOfGetter($oneOfFields = ["connectionId"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new PeerInfo instance using the specified properties.
             * @function create
             * @memberof presence.v1.PeerInfo
             * @static
             * @param {presence.v1.PeerInfo.$Properties=} [properties] Properties to set
             * @returns {presence.v1.PeerInfo} PeerInfo instance
             * @type {{
             *   (properties: presence.v1.PeerInfo.$Shape): presence.v1.PeerInfo & presence.v1.PeerInfo.$Shape;
             *   (properties?: presence.v1.PeerInfo.$Properties): presence.v1.PeerInfo;
             * }}
             */
            PeerInfo.create = function(properties) {
                return new PeerInfo(properties);
            };

            /**
             * Encodes the specified PeerInfo message. Does not implicitly {@link presence.v1.PeerInfo.verify|verify} messages.
             * @function encode
             * @memberof presence.v1.PeerInfo
             * @static
             * @param {presence.v1.PeerInfo.$Properties} message PeerInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PeerInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.transport != null && $Object.hasOwnProperty.call(message, "transport") && message.transport !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.transport);
                if (message.address != null && $Object.hasOwnProperty.call(message, "address") && message.address !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.address);
                if (message.port != null && $Object.hasOwnProperty.call(message, "port") && message.port !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.port);
                if (message.connectionId != null && $Object.hasOwnProperty.call(message, "connectionId"))
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.connectionId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified PeerInfo message, length delimited. Does not implicitly {@link presence.v1.PeerInfo.verify|verify} messages.
             * @function encodeDelimited
             * @memberof presence.v1.PeerInfo
             * @static
             * @param {presence.v1.PeerInfo.$Properties} message PeerInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PeerInfo.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a PeerInfo message from the specified reader or buffer.
             * @function decode
             * @memberof presence.v1.PeerInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {presence.v1.PeerInfo & presence.v1.PeerInfo.$Shape} PeerInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PeerInfo.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.presence.v1.PeerInfo();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.transport = value;
                            else
                                delete message.transport;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.address = value;
                            else
                                delete message.address;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.port = value;
                            else
                                delete message.port;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.connectionId = reader.stringVerify();
                            message._connectionId = "connectionId";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a PeerInfo message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof presence.v1.PeerInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {presence.v1.PeerInfo & presence.v1.PeerInfo.$Shape} PeerInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PeerInfo.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a PeerInfo message.
             * @function verify
             * @memberof presence.v1.PeerInfo
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            PeerInfo.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.transport != null && $Object.hasOwnProperty.call(message, "transport"))
                    if (!$util.isString(message.transport))
                        return "transport: string expected";
                if (message.address != null && $Object.hasOwnProperty.call(message, "address"))
                    if (!$util.isString(message.address))
                        return "address: string expected";
                if (message.port != null && $Object.hasOwnProperty.call(message, "port"))
                    if (!$util.isInteger(message.port))
                        return "port: integer expected";
                if (message.connectionId != null && $Object.hasOwnProperty.call(message, "connectionId")) {
                    properties._connectionId = 1;
                    if (!$util.isString(message.connectionId))
                        return "connectionId: string expected";
                }
                return null;
            };

            /**
             * Creates a PeerInfo message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof presence.v1.PeerInfo
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {presence.v1.PeerInfo} PeerInfo
             */
            PeerInfo.fromObject = function (object, _depth) {
                if (object instanceof $root.presence.v1.PeerInfo)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".presence.v1.PeerInfo: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.presence.v1.PeerInfo();
                if (object.transport != null)
                    if (typeof object.transport !== "string" || object.transport.length)
                        message.transport = $String(object.transport);
                if (object.address != null)
                    if (typeof object.address !== "string" || object.address.length)
                        message.address = $String(object.address);
                if (object.port != null)
                    if ($Number(object.port) !== 0)
                        message.port = object.port >>> 0;
                if (object.connectionId != null)
                    message.connectionId = $String(object.connectionId);
                return message;
            };

            /**
             * Creates a plain object from a PeerInfo message. Also converts values to other types if specified.
             * @function toObject
             * @memberof presence.v1.PeerInfo
             * @static
             * @param {presence.v1.PeerInfo} message PeerInfo
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PeerInfo.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.transport = "";
                    object.address = "";
                    object.port = 0;
                }
                if (message.transport != null && $Object.hasOwnProperty.call(message, "transport"))
                    object.transport = message.transport;
                if (message.address != null && $Object.hasOwnProperty.call(message, "address"))
                    object.address = message.address;
                if (message.port != null && $Object.hasOwnProperty.call(message, "port"))
                    object.port = message.port;
                if (message.connectionId != null && $Object.hasOwnProperty.call(message, "connectionId"))
                    object.connectionId = message.connectionId;
                return object;
            };

            /**
             * Converts this PeerInfo to JSON.
             * @function toJSON
             * @memberof presence.v1.PeerInfo
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PeerInfo.prototype.toJSON = function() {
                return PeerInfo.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PeerInfo
             * @function getTypeUrl
             * @memberof presence.v1.PeerInfo
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PeerInfo.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/presence.v1.PeerInfo";
            };

            return PeerInfo;
        })();

        v1.StringList = (function() {

            /**
             * Properties of a StringList.
             * @typedef {Object} presence.v1.StringList.$Properties
             * @property {Array.<string>|null} [values] The values in order.
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a StringList.
             * @memberof presence.v1
             * @interface IStringList
             * @augments presence.v1.StringList.$Properties
             * @deprecated Use presence.v1.StringList.$Properties instead.
             */

            /**
             * Shape of a StringList.
             * @typedef {presence.v1.StringList.$Properties} presence.v1.StringList.$Shape
             */

            /**
             * Constructs a new StringList.
             * @memberof presence.v1
             * @classdesc A list that can be absent as a whole (absent and empty mean different things).
             * @constructor
             * @param {presence.v1.StringList.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const StringList = function (properties) {
                this.values = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * The values in order.
             * @member {Array.<string>} values
             * @memberof presence.v1.StringList
             * @instance
             */
            StringList.prototype.values = $util.emptyArray;

            /**
             * Creates a new StringList instance using the specified properties.
             * @function create
             * @memberof presence.v1.StringList
             * @static
             * @param {presence.v1.StringList.$Properties=} [properties] Properties to set
             * @returns {presence.v1.StringList} StringList instance
             * @type {{
             *   (properties: presence.v1.StringList.$Shape): presence.v1.StringList & presence.v1.StringList.$Shape;
             *   (properties?: presence.v1.StringList.$Properties): presence.v1.StringList;
             * }}
             */
            StringList.create = function(properties) {
                return new StringList(properties);
            };

            /**
             * Encodes the specified StringList message. Does not implicitly {@link presence.v1.StringList.verify|verify} messages.
             * @function encode
             * @memberof presence.v1.StringList
             * @static
             * @param {presence.v1.StringList.$Properties} message StringList message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StringList.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.values != null && message.values.length)
                    for (let i = 0; i < message.values.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.values[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified StringList message, length delimited. Does not implicitly {@link presence.v1.StringList.verify|verify} messages.
             * @function encodeDelimited
             * @memberof presence.v1.StringList
             * @static
             * @param {presence.v1.StringList.$Properties} message StringList message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StringList.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a StringList message from the specified reader or buffer.
             * @function decode
             * @memberof presence.v1.StringList
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {presence.v1.StringList & presence.v1.StringList.$Shape} StringList
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StringList.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.presence.v1.StringList();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.values && message.values.length))
                                message.values = [];
                            message.values.push(reader.stringVerify());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a StringList message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof presence.v1.StringList
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {presence.v1.StringList & presence.v1.StringList.$Shape} StringList
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StringList.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a StringList message.
             * @function verify
             * @memberof presence.v1.StringList
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            StringList.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.values != null && $Object.hasOwnProperty.call(message, "values")) {
                    if (!$Array.isArray(message.values))
                        return "values: array expected";
                    for (let i = 0; i < message.values.length; ++i)
                        if (!$util.isString(message.values[i]))
                            return "values: string[] expected";
                }
                return null;
            };

            /**
             * Creates a StringList message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof presence.v1.StringList
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {presence.v1.StringList} StringList
             */
            StringList.fromObject = function (object, _depth) {
                if (object instanceof $root.presence.v1.StringList)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".presence.v1.StringList: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.presence.v1.StringList();
                if (object.values) {
                    if (!$Array.isArray(object.values))
                        throw $TypeError(".presence.v1.StringList.values: array expected");
                    message.values = $Array(object.values.length);
                    for (let i = 0; i < object.values.length; ++i)
                        message.values[i] = $String(object.values[i]);
                }
                return message;
            };

            /**
             * Creates a plain object from a StringList message. Also converts values to other types if specified.
             * @function toObject
             * @memberof presence.v1.StringList
             * @static
             * @param {presence.v1.StringList} message StringList
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            StringList.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.values = [];
                if (message.values && message.values.length) {
                    object.values = $Array(message.values.length);
                    for (let j = 0; j < message.values.length; ++j)
                        object.values[j] = message.values[j];
                }
                return object;
            };

            /**
             * Converts this StringList to JSON.
             * @function toJSON
             * @memberof presence.v1.StringList
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            StringList.prototype.toJSON = function() {
                return StringList.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for StringList
             * @function getTypeUrl
             * @memberof presence.v1.StringList
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            StringList.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/presence.v1.StringList";
            };

            return StringList;
        })();

        v1.StringMap = (function() {

            /**
             * Properties of a StringMap.
             * @typedef {Object} presence.v1.StringMap.$Properties
             * @property {Object.<string,string>|null} [entries] The entries.
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a StringMap.
             * @memberof presence.v1
             * @interface IStringMap
             * @augments presence.v1.StringMap.$Properties
             * @deprecated Use presence.v1.StringMap.$Properties instead.
             */

            /**
             * Shape of a StringMap.
             * @typedef {presence.v1.StringMap.$Properties} presence.v1.StringMap.$Shape
             */

            /**
             * Constructs a new StringMap.
             * @memberof presence.v1
             * @classdesc A string map that can be absent as a whole (absent and empty mean different things).
             * @constructor
             * @param {presence.v1.StringMap.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const StringMap = function (properties) {
                this.entries = {};
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * The entries.
             * @member {Object.<string,string>} entries
             * @memberof presence.v1.StringMap
             * @instance
             */
            StringMap.prototype.entries = $util.emptyObject;

            /**
             * Creates a new StringMap instance using the specified properties.
             * @function create
             * @memberof presence.v1.StringMap
             * @static
             * @param {presence.v1.StringMap.$Properties=} [properties] Properties to set
             * @returns {presence.v1.StringMap} StringMap instance
             * @type {{
             *   (properties: presence.v1.StringMap.$Shape): presence.v1.StringMap & presence.v1.StringMap.$Shape;
             *   (properties?: presence.v1.StringMap.$Properties): presence.v1.StringMap;
             * }}
             */
            StringMap.create = function(properties) {
                return new StringMap(properties);
            };

            /**
             * Encodes the specified StringMap message. Does not implicitly {@link presence.v1.StringMap.verify|verify} messages.
             * @function encode
             * @memberof presence.v1.StringMap
             * @static
             * @param {presence.v1.StringMap.$Properties} message StringMap message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StringMap.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.entries != null && $Object.hasOwnProperty.call(message, "entries"))
                    for (let keys = $Object.keys(message.entries), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.entries[keys[i]]).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified StringMap message, length delimited. Does not implicitly {@link presence.v1.StringMap.verify|verify} messages.
             * @function encodeDelimited
             * @memberof presence.v1.StringMap
             * @static
             * @param {presence.v1.StringMap.$Properties} message StringMap message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StringMap.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a StringMap message from the specified reader or buffer.
             * @function decode
             * @memberof presence.v1.StringMap
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {presence.v1.StringMap & presence.v1.StringMap.$Shape} StringMap
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StringMap.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.presence.v1.StringMap();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (message.entries === $util.emptyObject)
                                message.entries = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.entries, key);
                            message.entries[key] = value;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a StringMap message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof presence.v1.StringMap
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {presence.v1.StringMap & presence.v1.StringMap.$Shape} StringMap
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StringMap.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a StringMap message.
             * @function verify
             * @memberof presence.v1.StringMap
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            StringMap.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.entries != null && $Object.hasOwnProperty.call(message, "entries")) {
                    if (!$util.isObject(message.entries))
                        return "entries: object expected";
                    let key = $Object.keys(message.entries);
                    for (let i = 0; i < key.length; ++i)
                        if (!$util.isString(message.entries[key[i]]))
                            return "entries: string{k:string} expected";
                }
                return null;
            };

            /**
             * Creates a StringMap message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof presence.v1.StringMap
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {presence.v1.StringMap} StringMap
             */
            StringMap.fromObject = function (object, _depth) {
                if (object instanceof $root.presence.v1.StringMap)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".presence.v1.StringMap: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.presence.v1.StringMap();
                if (object.entries) {
                    if (!$util.isObject(object.entries))
                        throw $TypeError(".presence.v1.StringMap.entries: object expected");
                    message.entries = {};
                    for (let keys = $Object.keys(object.entries), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.entries, keys[i]);
                        message.entries[keys[i]] = $String(object.entries[keys[i]]);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a StringMap message. Also converts values to other types if specified.
             * @function toObject
             * @memberof presence.v1.StringMap
             * @static
             * @param {presence.v1.StringMap} message StringMap
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            StringMap.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.objects || options.defaults)
                    object.entries = {};
                let keys2;
                if (message.entries && (keys2 = $Object.keys(message.entries)).length) {
                    object.entries = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.entries, keys2[j]);
                        object.entries[keys2[j]] = message.entries[keys2[j]];
                    }
                }
                return object;
            };

            /**
             * Converts this StringMap to JSON.
             * @function toJSON
             * @memberof presence.v1.StringMap
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            StringMap.prototype.toJSON = function() {
                return StringMap.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for StringMap
             * @function getTypeUrl
             * @memberof presence.v1.StringMap
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            StringMap.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/presence.v1.StringMap";
            };

            return StringMap;
        })();

        v1.EventMeta = (function() {

            /**
             * Properties of an EventMeta.
             * @typedef {Object} presence.v1.EventMeta.$Properties
             * @property {string|null} [eventId] Unique id of the event; also sent as the Nats-Msg-Id header so JetStream drops duplicates.
             * @property {number|Long|null} [occurredAtMs] When the change happened, epoch milliseconds.
             * @property {string|null} [producer] Service and replica that emitted the event, e.g. "presentity/presentity-7f9c-2".
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an EventMeta.
             * @memberof presence.v1
             * @interface IEventMeta
             * @augments presence.v1.EventMeta.$Properties
             * @deprecated Use presence.v1.EventMeta.$Properties instead.
             */

            /**
             * Shape of an EventMeta.
             * @typedef {presence.v1.EventMeta.$Properties} presence.v1.EventMeta.$Shape
             */

            /**
             * Constructs a new EventMeta.
             * @memberof presence.v1
             * @classdesc Metadata every change event carries (request/reply messages keep theirs in NATS headers).
             * @constructor
             * @param {presence.v1.EventMeta.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const EventMeta = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Unique id of the event; also sent as the Nats-Msg-Id header so JetStream drops duplicates.
             * @member {string} eventId
             * @memberof presence.v1.EventMeta
             * @instance
             */
            EventMeta.prototype.eventId = "";

            /**
             * When the change happened, epoch milliseconds.
             * @member {number|Long} occurredAtMs
             * @memberof presence.v1.EventMeta
             * @instance
             */
            EventMeta.prototype.occurredAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Service and replica that emitted the event, e.g. "presentity/presentity-7f9c-2".
             * @member {string} producer
             * @memberof presence.v1.EventMeta
             * @instance
             */
            EventMeta.prototype.producer = "";

            /**
             * Creates a new EventMeta instance using the specified properties.
             * @function create
             * @memberof presence.v1.EventMeta
             * @static
             * @param {presence.v1.EventMeta.$Properties=} [properties] Properties to set
             * @returns {presence.v1.EventMeta} EventMeta instance
             * @type {{
             *   (properties: presence.v1.EventMeta.$Shape): presence.v1.EventMeta & presence.v1.EventMeta.$Shape;
             *   (properties?: presence.v1.EventMeta.$Properties): presence.v1.EventMeta;
             * }}
             */
            EventMeta.create = function(properties) {
                return new EventMeta(properties);
            };

            /**
             * Encodes the specified EventMeta message. Does not implicitly {@link presence.v1.EventMeta.verify|verify} messages.
             * @function encode
             * @memberof presence.v1.EventMeta
             * @static
             * @param {presence.v1.EventMeta.$Properties} message EventMeta message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EventMeta.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.eventId != null && $Object.hasOwnProperty.call(message, "eventId") && message.eventId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.eventId);
                if (message.occurredAtMs != null && $Object.hasOwnProperty.call(message, "occurredAtMs") && (typeof message.occurredAtMs === "object" ? message.occurredAtMs.low || message.occurredAtMs.high : message.occurredAtMs !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).int64(message.occurredAtMs);
                if (message.producer != null && $Object.hasOwnProperty.call(message, "producer") && message.producer !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.producer);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified EventMeta message, length delimited. Does not implicitly {@link presence.v1.EventMeta.verify|verify} messages.
             * @function encodeDelimited
             * @memberof presence.v1.EventMeta
             * @static
             * @param {presence.v1.EventMeta.$Properties} message EventMeta message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EventMeta.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an EventMeta message from the specified reader or buffer.
             * @function decode
             * @memberof presence.v1.EventMeta
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {presence.v1.EventMeta & presence.v1.EventMeta.$Shape} EventMeta
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EventMeta.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.presence.v1.EventMeta();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.eventId = value;
                            else
                                delete message.eventId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.occurredAtMs = value;
                            else
                                delete message.occurredAtMs;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.producer = value;
                            else
                                delete message.producer;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes an EventMeta message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof presence.v1.EventMeta
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {presence.v1.EventMeta & presence.v1.EventMeta.$Shape} EventMeta
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EventMeta.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an EventMeta message.
             * @function verify
             * @memberof presence.v1.EventMeta
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            EventMeta.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.eventId != null && $Object.hasOwnProperty.call(message, "eventId"))
                    if (!$util.isString(message.eventId))
                        return "eventId: string expected";
                if (message.occurredAtMs != null && $Object.hasOwnProperty.call(message, "occurredAtMs"))
                    if (!$util.isInteger(message.occurredAtMs) && !(message.occurredAtMs && $util.isInteger(message.occurredAtMs.low) && $util.isInteger(message.occurredAtMs.high)))
                        return "occurredAtMs: integer|Long expected";
                if (message.producer != null && $Object.hasOwnProperty.call(message, "producer"))
                    if (!$util.isString(message.producer))
                        return "producer: string expected";
                return null;
            };

            /**
             * Creates an EventMeta message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof presence.v1.EventMeta
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {presence.v1.EventMeta} EventMeta
             */
            EventMeta.fromObject = function (object, _depth) {
                if (object instanceof $root.presence.v1.EventMeta)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".presence.v1.EventMeta: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.presence.v1.EventMeta();
                if (object.eventId != null)
                    if (typeof object.eventId !== "string" || object.eventId.length)
                        message.eventId = $String(object.eventId);
                if (object.occurredAtMs != null)
                    if (typeof object.occurredAtMs === "object" ? object.occurredAtMs.low || object.occurredAtMs.high : $Number(object.occurredAtMs) !== 0)
                        if ($util.Long)
                            message.occurredAtMs = $util.Long.fromValue(object.occurredAtMs, false);
                        else if (typeof object.occurredAtMs === "string")
                            message.occurredAtMs = $parseInt(object.occurredAtMs, 10);
                        else if (typeof object.occurredAtMs === "number")
                            message.occurredAtMs = object.occurredAtMs;
                        else if (typeof object.occurredAtMs === "object")
                            message.occurredAtMs = new $util.LongBits(object.occurredAtMs.low >>> 0, object.occurredAtMs.high >>> 0).toNumber();
                if (object.producer != null)
                    if (typeof object.producer !== "string" || object.producer.length)
                        message.producer = $String(object.producer);
                return message;
            };

            /**
             * Creates a plain object from an EventMeta message. Also converts values to other types if specified.
             * @function toObject
             * @memberof presence.v1.EventMeta
             * @static
             * @param {presence.v1.EventMeta} message EventMeta
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            EventMeta.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.eventId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.occurredAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.occurredAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.producer = "";
                }
                if (message.eventId != null && $Object.hasOwnProperty.call(message, "eventId"))
                    object.eventId = message.eventId;
                if (message.occurredAtMs != null && $Object.hasOwnProperty.call(message, "occurredAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.occurredAtMs = typeof message.occurredAtMs === "number" ? $BigInt(message.occurredAtMs) : $util.Long.fromBits(message.occurredAtMs.low >>> 0, message.occurredAtMs.high >>> 0, false).toBigInt();
                    else if (typeof message.occurredAtMs === "number")
                        object.occurredAtMs = options.longs === $String ? $String(message.occurredAtMs) : message.occurredAtMs;
                    else
                        object.occurredAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.occurredAtMs) : options.longs === $Number ? new $util.LongBits(message.occurredAtMs.low >>> 0, message.occurredAtMs.high >>> 0).toNumber() : message.occurredAtMs;
                if (message.producer != null && $Object.hasOwnProperty.call(message, "producer"))
                    object.producer = message.producer;
                return object;
            };

            /**
             * Converts this EventMeta to JSON.
             * @function toJSON
             * @memberof presence.v1.EventMeta
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            EventMeta.prototype.toJSON = function() {
                return EventMeta.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for EventMeta
             * @function getTypeUrl
             * @memberof presence.v1.EventMeta
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            EventMeta.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/presence.v1.EventMeta";
            };

            return EventMeta;
        })();

        v1.NotifyTarget = (function() {

            /**
             * Properties of a NotifyTarget.
             * @typedef {Object} presence.v1.NotifyTarget.$Properties
             * @property {string|null} [transport] Transport: "udp", "tcp", "tls", "ws", "wss".
             * @property {string|null} [host] Host name or IP literal; the edge resolves names.
             * @property {number|null} [port] Destination port.
             * @property {string|null} [connectionId] The subscriber's connection on the owning edge; absent for UDP or a new connection.
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a NotifyTarget.
             * @memberof presence.v1
             * @interface INotifyTarget
             * @augments presence.v1.NotifyTarget.$Properties
             * @deprecated Use presence.v1.NotifyTarget.$Properties instead.
             */

            /**
             * Shape of a NotifyTarget.
             * @typedef {presence.v1.NotifyTarget.$Properties} presence.v1.NotifyTarget.$Shape
             */

            /**
             * Constructs a new NotifyTarget.
             * @memberof presence.v1
             * @classdesc Where the edge sends the NOTIFY.
             * @constructor
             * @param {presence.v1.NotifyTarget.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const NotifyTarget = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Transport: "udp", "tcp", "tls", "ws", "wss".
             * @member {string} transport
             * @memberof presence.v1.NotifyTarget
             * @instance
             */
            NotifyTarget.prototype.transport = "";

            /**
             * Host name or IP literal; the edge resolves names.
             * @member {string} host
             * @memberof presence.v1.NotifyTarget
             * @instance
             */
            NotifyTarget.prototype.host = "";

            /**
             * Destination port.
             * @member {number} port
             * @memberof presence.v1.NotifyTarget
             * @instance
             */
            NotifyTarget.prototype.port = 0;

            /**
             * The subscriber's connection on the owning edge; absent for UDP or a new connection.
             * @member {string|null|undefined} connectionId
             * @memberof presence.v1.NotifyTarget
             * @instance
             */
            NotifyTarget.prototype.connectionId = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(NotifyTarget.prototype, "_connectionId", {
                get: $util.oneOfGetter($oneOfFields = ["connectionId"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new NotifyTarget instance using the specified properties.
             * @function create
             * @memberof presence.v1.NotifyTarget
             * @static
             * @param {presence.v1.NotifyTarget.$Properties=} [properties] Properties to set
             * @returns {presence.v1.NotifyTarget} NotifyTarget instance
             * @type {{
             *   (properties: presence.v1.NotifyTarget.$Shape): presence.v1.NotifyTarget & presence.v1.NotifyTarget.$Shape;
             *   (properties?: presence.v1.NotifyTarget.$Properties): presence.v1.NotifyTarget;
             * }}
             */
            NotifyTarget.create = function(properties) {
                return new NotifyTarget(properties);
            };

            /**
             * Encodes the specified NotifyTarget message. Does not implicitly {@link presence.v1.NotifyTarget.verify|verify} messages.
             * @function encode
             * @memberof presence.v1.NotifyTarget
             * @static
             * @param {presence.v1.NotifyTarget.$Properties} message NotifyTarget message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NotifyTarget.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.transport != null && $Object.hasOwnProperty.call(message, "transport") && message.transport !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.transport);
                if (message.host != null && $Object.hasOwnProperty.call(message, "host") && message.host !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.host);
                if (message.port != null && $Object.hasOwnProperty.call(message, "port") && message.port !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.port);
                if (message.connectionId != null && $Object.hasOwnProperty.call(message, "connectionId"))
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.connectionId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified NotifyTarget message, length delimited. Does not implicitly {@link presence.v1.NotifyTarget.verify|verify} messages.
             * @function encodeDelimited
             * @memberof presence.v1.NotifyTarget
             * @static
             * @param {presence.v1.NotifyTarget.$Properties} message NotifyTarget message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NotifyTarget.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a NotifyTarget message from the specified reader or buffer.
             * @function decode
             * @memberof presence.v1.NotifyTarget
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {presence.v1.NotifyTarget & presence.v1.NotifyTarget.$Shape} NotifyTarget
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NotifyTarget.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.presence.v1.NotifyTarget();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.transport = value;
                            else
                                delete message.transport;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.host = value;
                            else
                                delete message.host;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.port = value;
                            else
                                delete message.port;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.connectionId = reader.stringVerify();
                            message._connectionId = "connectionId";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a NotifyTarget message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof presence.v1.NotifyTarget
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {presence.v1.NotifyTarget & presence.v1.NotifyTarget.$Shape} NotifyTarget
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NotifyTarget.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a NotifyTarget message.
             * @function verify
             * @memberof presence.v1.NotifyTarget
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            NotifyTarget.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.transport != null && $Object.hasOwnProperty.call(message, "transport"))
                    if (!$util.isString(message.transport))
                        return "transport: string expected";
                if (message.host != null && $Object.hasOwnProperty.call(message, "host"))
                    if (!$util.isString(message.host))
                        return "host: string expected";
                if (message.port != null && $Object.hasOwnProperty.call(message, "port"))
                    if (!$util.isInteger(message.port))
                        return "port: integer expected";
                if (message.connectionId != null && $Object.hasOwnProperty.call(message, "connectionId")) {
                    properties._connectionId = 1;
                    if (!$util.isString(message.connectionId))
                        return "connectionId: string expected";
                }
                return null;
            };

            /**
             * Creates a NotifyTarget message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof presence.v1.NotifyTarget
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {presence.v1.NotifyTarget} NotifyTarget
             */
            NotifyTarget.fromObject = function (object, _depth) {
                if (object instanceof $root.presence.v1.NotifyTarget)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".presence.v1.NotifyTarget: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.presence.v1.NotifyTarget();
                if (object.transport != null)
                    if (typeof object.transport !== "string" || object.transport.length)
                        message.transport = $String(object.transport);
                if (object.host != null)
                    if (typeof object.host !== "string" || object.host.length)
                        message.host = $String(object.host);
                if (object.port != null)
                    if ($Number(object.port) !== 0)
                        message.port = object.port >>> 0;
                if (object.connectionId != null)
                    message.connectionId = $String(object.connectionId);
                return message;
            };

            /**
             * Creates a plain object from a NotifyTarget message. Also converts values to other types if specified.
             * @function toObject
             * @memberof presence.v1.NotifyTarget
             * @static
             * @param {presence.v1.NotifyTarget} message NotifyTarget
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            NotifyTarget.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.transport = "";
                    object.host = "";
                    object.port = 0;
                }
                if (message.transport != null && $Object.hasOwnProperty.call(message, "transport"))
                    object.transport = message.transport;
                if (message.host != null && $Object.hasOwnProperty.call(message, "host"))
                    object.host = message.host;
                if (message.port != null && $Object.hasOwnProperty.call(message, "port"))
                    object.port = message.port;
                if (message.connectionId != null && $Object.hasOwnProperty.call(message, "connectionId"))
                    object.connectionId = message.connectionId;
                return object;
            };

            /**
             * Converts this NotifyTarget to JSON.
             * @function toJSON
             * @memberof presence.v1.NotifyTarget
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            NotifyTarget.prototype.toJSON = function() {
                return NotifyTarget.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for NotifyTarget
             * @function getTypeUrl
             * @memberof presence.v1.NotifyTarget
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            NotifyTarget.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/presence.v1.NotifyTarget";
            };

            return NotifyTarget;
        })();

        v1.NotifyRequest = (function() {

            /**
             * Properties of a NotifyRequest.
             * @typedef {Object} presence.v1.NotifyRequest.$Properties
             * @property {string|null} [requestUri] Request-URI of the NOTIFY.
             * @property {Array.<presence.v1.Header.$Properties>|null} [headers] Headers in order (Via and Content-Length are added by the edge).
             * @property {Uint8Array|null} [body] The body; absent for a body-less NOTIFY.
             * @property {presence.v1.NotifyTarget.$Properties|null} [target] Next hop.
             * @property {string|null} [subscriptionId] Subscription id, for logs and the result.
             * @property {number|null} [cseq] CSeq of this NOTIFY.
             * @property {Object.<string,string>|null} [traceContext] Trace context (traceparent, tracestate) of this NOTIFY inside a NotifyBatch, whose message
             * headers cannot carry one per NOTIFY; empty otherwise.
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a NotifyRequest.
             * @memberof presence.v1
             * @interface INotifyRequest
             * @augments presence.v1.NotifyRequest.$Properties
             * @deprecated Use presence.v1.NotifyRequest.$Properties instead.
             */

            /**
             * Shape of a NotifyRequest.
             * @typedef {presence.v1.NotifyRequest.$Properties} presence.v1.NotifyRequest.$Shape
             */

            /**
             * Constructs a new NotifyRequest.
             * @memberof presence.v1
             * @classdesc A NOTIFY ready to send; the edge runs the client transaction (RFC 3261 17.1.2).
             * Subjects: <prefix>.edge.<edgeId>.notify (the edge owning a TCP/TLS/WS flow) or
             * <prefix>.edge.any.notify (UDP, queue group "edge"); the reply is a NotifyResult.
             * @constructor
             * @param {presence.v1.NotifyRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const NotifyRequest = function (properties) {
                this.headers = [];
                this.traceContext = {};
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Request-URI of the NOTIFY.
             * @member {string} requestUri
             * @memberof presence.v1.NotifyRequest
             * @instance
             */
            NotifyRequest.prototype.requestUri = "";

            /**
             * Headers in order (Via and Content-Length are added by the edge).
             * @member {Array.<presence.v1.Header.$Properties>} headers
             * @memberof presence.v1.NotifyRequest
             * @instance
             */
            NotifyRequest.prototype.headers = $util.emptyArray;

            /**
             * The body; absent for a body-less NOTIFY.
             * @member {Uint8Array|null|undefined} body
             * @memberof presence.v1.NotifyRequest
             * @instance
             */
            NotifyRequest.prototype.body = null;

            /**
             * Next hop.
             * @member {presence.v1.NotifyTarget.$Properties|null|undefined} target
             * @memberof presence.v1.NotifyRequest
             * @instance
             */
            NotifyRequest.prototype.target = null;

            /**
             * Subscription id, for logs and the result.
             * @member {string} subscriptionId
             * @memberof presence.v1.NotifyRequest
             * @instance
             */
            NotifyRequest.prototype.subscriptionId = "";

            /**
             * CSeq of this NOTIFY.
             * @member {number} cseq
             * @memberof presence.v1.NotifyRequest
             * @instance
             */
            NotifyRequest.prototype.cseq = 0;

            /**
             * Trace context (traceparent, tracestate) of this NOTIFY inside a NotifyBatch, whose message
             * headers cannot carry one per NOTIFY; empty otherwise.
             * @member {Object.<string,string>} traceContext
             * @memberof presence.v1.NotifyRequest
             * @instance
             */
            NotifyRequest.prototype.traceContext = $util.emptyObject;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(NotifyRequest.prototype, "_body", {
                get: $util.oneOfGetter($oneOfFields = ["body"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new NotifyRequest instance using the specified properties.
             * @function create
             * @memberof presence.v1.NotifyRequest
             * @static
             * @param {presence.v1.NotifyRequest.$Properties=} [properties] Properties to set
             * @returns {presence.v1.NotifyRequest} NotifyRequest instance
             * @type {{
             *   (properties: presence.v1.NotifyRequest.$Shape): presence.v1.NotifyRequest & presence.v1.NotifyRequest.$Shape;
             *   (properties?: presence.v1.NotifyRequest.$Properties): presence.v1.NotifyRequest;
             * }}
             */
            NotifyRequest.create = function(properties) {
                return new NotifyRequest(properties);
            };

            /**
             * Encodes the specified NotifyRequest message. Does not implicitly {@link presence.v1.NotifyRequest.verify|verify} messages.
             * @function encode
             * @memberof presence.v1.NotifyRequest
             * @static
             * @param {presence.v1.NotifyRequest.$Properties} message NotifyRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NotifyRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.requestUri != null && $Object.hasOwnProperty.call(message, "requestUri") && message.requestUri !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.requestUri);
                if (message.headers != null && message.headers.length)
                    for (let i = 0; i < message.headers.length; ++i)
                        $root.presence.v1.Header.encode(message.headers[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.body != null && $Object.hasOwnProperty.call(message, "body"))
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.body);
                if (message.target != null && $Object.hasOwnProperty.call(message, "target"))
                    $root.presence.v1.NotifyTarget.encode(message.target, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.subscriptionId != null && $Object.hasOwnProperty.call(message, "subscriptionId") && message.subscriptionId !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.subscriptionId);
                if (message.cseq != null && $Object.hasOwnProperty.call(message, "cseq") && message.cseq !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.cseq);
                if (message.traceContext != null && $Object.hasOwnProperty.call(message, "traceContext"))
                    for (let keys = $Object.keys(message.traceContext), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 7, wireType 2 =*/58).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.traceContext[keys[i]]).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified NotifyRequest message, length delimited. Does not implicitly {@link presence.v1.NotifyRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof presence.v1.NotifyRequest
             * @static
             * @param {presence.v1.NotifyRequest.$Properties} message NotifyRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NotifyRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a NotifyRequest message from the specified reader or buffer.
             * @function decode
             * @memberof presence.v1.NotifyRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {presence.v1.NotifyRequest & presence.v1.NotifyRequest.$Shape} NotifyRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NotifyRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.presence.v1.NotifyRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.requestUri = value;
                            else
                                delete message.requestUri;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.headers && message.headers.length))
                                message.headers = [];
                            message.headers.push($root.presence.v1.Header.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.body = reader.bytes();
                            message._body = "body";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.target = $root.presence.v1.NotifyTarget.decode(reader, reader.size(), $undefined, _depth + 1, message.target);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.subscriptionId = value;
                            else
                                delete message.subscriptionId;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.cseq = value;
                            else
                                delete message.cseq;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if (message.traceContext === $util.emptyObject)
                                message.traceContext = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.traceContext, key);
                            message.traceContext[key] = value;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a NotifyRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof presence.v1.NotifyRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {presence.v1.NotifyRequest & presence.v1.NotifyRequest.$Shape} NotifyRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NotifyRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a NotifyRequest message.
             * @function verify
             * @memberof presence.v1.NotifyRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            NotifyRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.requestUri != null && $Object.hasOwnProperty.call(message, "requestUri"))
                    if (!$util.isString(message.requestUri))
                        return "requestUri: string expected";
                if (message.headers != null && $Object.hasOwnProperty.call(message, "headers")) {
                    if (!$Array.isArray(message.headers))
                        return "headers: array expected";
                    for (let i = 0; i < message.headers.length; ++i) {
                        let error = $root.presence.v1.Header.verify(message.headers[i], _depth + 1);
                        if (error)
                            return "headers." + error;
                    }
                }
                if (message.body != null && $Object.hasOwnProperty.call(message, "body")) {
                    properties._body = 1;
                    if (!(message.body && typeof message.body.length === "number" || $util.isString(message.body)))
                        return "body: buffer expected";
                }
                if (message.target != null && $Object.hasOwnProperty.call(message, "target")) {
                    let error = $root.presence.v1.NotifyTarget.verify(message.target, _depth + 1);
                    if (error)
                        return "target." + error;
                }
                if (message.subscriptionId != null && $Object.hasOwnProperty.call(message, "subscriptionId"))
                    if (!$util.isString(message.subscriptionId))
                        return "subscriptionId: string expected";
                if (message.cseq != null && $Object.hasOwnProperty.call(message, "cseq"))
                    if (!$util.isInteger(message.cseq))
                        return "cseq: integer expected";
                if (message.traceContext != null && $Object.hasOwnProperty.call(message, "traceContext")) {
                    if (!$util.isObject(message.traceContext))
                        return "traceContext: object expected";
                    let key = $Object.keys(message.traceContext);
                    for (let i = 0; i < key.length; ++i)
                        if (!$util.isString(message.traceContext[key[i]]))
                            return "traceContext: string{k:string} expected";
                }
                return null;
            };

            /**
             * Creates a NotifyRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof presence.v1.NotifyRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {presence.v1.NotifyRequest} NotifyRequest
             */
            NotifyRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.presence.v1.NotifyRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".presence.v1.NotifyRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.presence.v1.NotifyRequest();
                if (object.requestUri != null)
                    if (typeof object.requestUri !== "string" || object.requestUri.length)
                        message.requestUri = $String(object.requestUri);
                if (object.headers) {
                    if (!$Array.isArray(object.headers))
                        throw $TypeError(".presence.v1.NotifyRequest.headers: array expected");
                    message.headers = $Array(object.headers.length);
                    for (let i = 0; i < object.headers.length; ++i) {
                        if (!$util.isObject(object.headers[i]))
                            throw $TypeError(".presence.v1.NotifyRequest.headers: object expected");
                        message.headers[i] = $root.presence.v1.Header.fromObject(object.headers[i], _depth + 1);
                    }
                }
                if (object.body != null)
                    if (typeof object.body === "string")
                        $util.base64.decode(object.body, message.body = $util.newBuffer($util.base64.length(object.body)), 0);
                    else if (object.body.length >= 0)
                        message.body = object.body;
                if (object.target != null) {
                    if (!$util.isObject(object.target))
                        throw $TypeError(".presence.v1.NotifyRequest.target: object expected");
                    message.target = $root.presence.v1.NotifyTarget.fromObject(object.target, _depth + 1);
                }
                if (object.subscriptionId != null)
                    if (typeof object.subscriptionId !== "string" || object.subscriptionId.length)
                        message.subscriptionId = $String(object.subscriptionId);
                if (object.cseq != null)
                    if ($Number(object.cseq) !== 0)
                        message.cseq = object.cseq >>> 0;
                if (object.traceContext) {
                    if (!$util.isObject(object.traceContext))
                        throw $TypeError(".presence.v1.NotifyRequest.traceContext: object expected");
                    message.traceContext = {};
                    for (let keys = $Object.keys(object.traceContext), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.traceContext, keys[i]);
                        message.traceContext[keys[i]] = $String(object.traceContext[keys[i]]);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a NotifyRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof presence.v1.NotifyRequest
             * @static
             * @param {presence.v1.NotifyRequest} message NotifyRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            NotifyRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.headers = [];
                if (options.objects || options.defaults)
                    object.traceContext = {};
                if (options.defaults) {
                    object.requestUri = "";
                    object.target = null;
                    object.subscriptionId = "";
                    object.cseq = 0;
                }
                if (message.requestUri != null && $Object.hasOwnProperty.call(message, "requestUri"))
                    object.requestUri = message.requestUri;
                if (message.headers && message.headers.length) {
                    object.headers = $Array(message.headers.length);
                    for (let j = 0; j < message.headers.length; ++j)
                        object.headers[j] = $root.presence.v1.Header.toObject(message.headers[j], options, _depth + 1);
                }
                if (message.body != null && $Object.hasOwnProperty.call(message, "body"))
                    object.body = options.bytes === $String ? $util.base64.encode(message.body, 0, message.body.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.body) : message.body;
                if (message.target != null && $Object.hasOwnProperty.call(message, "target"))
                    object.target = $root.presence.v1.NotifyTarget.toObject(message.target, options, _depth + 1);
                if (message.subscriptionId != null && $Object.hasOwnProperty.call(message, "subscriptionId"))
                    object.subscriptionId = message.subscriptionId;
                if (message.cseq != null && $Object.hasOwnProperty.call(message, "cseq"))
                    object.cseq = message.cseq;
                let keys2;
                if (message.traceContext && (keys2 = $Object.keys(message.traceContext)).length) {
                    object.traceContext = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.traceContext, keys2[j]);
                        object.traceContext[keys2[j]] = message.traceContext[keys2[j]];
                    }
                }
                return object;
            };

            /**
             * Converts this NotifyRequest to JSON.
             * @function toJSON
             * @memberof presence.v1.NotifyRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            NotifyRequest.prototype.toJSON = function() {
                return NotifyRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for NotifyRequest
             * @function getTypeUrl
             * @memberof presence.v1.NotifyRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            NotifyRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/presence.v1.NotifyRequest";
            };

            return NotifyRequest;
        })();

        v1.NotifyBatch = (function() {

            /**
             * Properties of a NotifyBatch.
             * @typedef {Object} presence.v1.NotifyBatch.$Properties
             * @property {Array.<presence.v1.NotifyRequest.$Properties>|null} [notifies] NotifyBatch notifies
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a NotifyBatch.
             * @memberof presence.v1
             * @interface INotifyBatch
             * @augments presence.v1.NotifyBatch.$Properties
             * @deprecated Use presence.v1.NotifyBatch.$Properties instead.
             */

            /**
             * Shape of a NotifyBatch.
             * @typedef {presence.v1.NotifyBatch.$Properties} presence.v1.NotifyBatch.$Shape
             */

            /**
             * Constructs a new NotifyBatch.
             * @memberof presence.v1
             * @classdesc NOTIFYs handed to an edge together (those a notifier has ready in one turn, e.g. every watcher's
             * NOTIFY of one change). Subjects: <prefix>.edge.<edgeId>.notify-batch or
             * <prefix>.edge.any.notify-batch (queue group "edge"). The replies are a stream of
             * NotifyResultBatch, results sent as their transactions end; the last reply ends the stream.
             * @constructor
             * @param {presence.v1.NotifyBatch.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const NotifyBatch = function (properties) {
                this.notifies = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * NotifyBatch notifies.
             * @member {Array.<presence.v1.NotifyRequest.$Properties>} notifies
             * @memberof presence.v1.NotifyBatch
             * @instance
             */
            NotifyBatch.prototype.notifies = $util.emptyArray;

            /**
             * Creates a new NotifyBatch instance using the specified properties.
             * @function create
             * @memberof presence.v1.NotifyBatch
             * @static
             * @param {presence.v1.NotifyBatch.$Properties=} [properties] Properties to set
             * @returns {presence.v1.NotifyBatch} NotifyBatch instance
             * @type {{
             *   (properties: presence.v1.NotifyBatch.$Shape): presence.v1.NotifyBatch & presence.v1.NotifyBatch.$Shape;
             *   (properties?: presence.v1.NotifyBatch.$Properties): presence.v1.NotifyBatch;
             * }}
             */
            NotifyBatch.create = function(properties) {
                return new NotifyBatch(properties);
            };

            /**
             * Encodes the specified NotifyBatch message. Does not implicitly {@link presence.v1.NotifyBatch.verify|verify} messages.
             * @function encode
             * @memberof presence.v1.NotifyBatch
             * @static
             * @param {presence.v1.NotifyBatch.$Properties} message NotifyBatch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NotifyBatch.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.notifies != null && message.notifies.length)
                    for (let i = 0; i < message.notifies.length; ++i)
                        $root.presence.v1.NotifyRequest.encode(message.notifies[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified NotifyBatch message, length delimited. Does not implicitly {@link presence.v1.NotifyBatch.verify|verify} messages.
             * @function encodeDelimited
             * @memberof presence.v1.NotifyBatch
             * @static
             * @param {presence.v1.NotifyBatch.$Properties} message NotifyBatch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NotifyBatch.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a NotifyBatch message from the specified reader or buffer.
             * @function decode
             * @memberof presence.v1.NotifyBatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {presence.v1.NotifyBatch & presence.v1.NotifyBatch.$Shape} NotifyBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NotifyBatch.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.presence.v1.NotifyBatch();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.notifies && message.notifies.length))
                                message.notifies = [];
                            message.notifies.push($root.presence.v1.NotifyRequest.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a NotifyBatch message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof presence.v1.NotifyBatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {presence.v1.NotifyBatch & presence.v1.NotifyBatch.$Shape} NotifyBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NotifyBatch.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a NotifyBatch message.
             * @function verify
             * @memberof presence.v1.NotifyBatch
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            NotifyBatch.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.notifies != null && $Object.hasOwnProperty.call(message, "notifies")) {
                    if (!$Array.isArray(message.notifies))
                        return "notifies: array expected";
                    for (let i = 0; i < message.notifies.length; ++i) {
                        let error = $root.presence.v1.NotifyRequest.verify(message.notifies[i], _depth + 1);
                        if (error)
                            return "notifies." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a NotifyBatch message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof presence.v1.NotifyBatch
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {presence.v1.NotifyBatch} NotifyBatch
             */
            NotifyBatch.fromObject = function (object, _depth) {
                if (object instanceof $root.presence.v1.NotifyBatch)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".presence.v1.NotifyBatch: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.presence.v1.NotifyBatch();
                if (object.notifies) {
                    if (!$Array.isArray(object.notifies))
                        throw $TypeError(".presence.v1.NotifyBatch.notifies: array expected");
                    message.notifies = $Array(object.notifies.length);
                    for (let i = 0; i < object.notifies.length; ++i) {
                        if (!$util.isObject(object.notifies[i]))
                            throw $TypeError(".presence.v1.NotifyBatch.notifies: object expected");
                        message.notifies[i] = $root.presence.v1.NotifyRequest.fromObject(object.notifies[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a NotifyBatch message. Also converts values to other types if specified.
             * @function toObject
             * @memberof presence.v1.NotifyBatch
             * @static
             * @param {presence.v1.NotifyBatch} message NotifyBatch
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            NotifyBatch.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.notifies = [];
                if (message.notifies && message.notifies.length) {
                    object.notifies = $Array(message.notifies.length);
                    for (let j = 0; j < message.notifies.length; ++j)
                        object.notifies[j] = $root.presence.v1.NotifyRequest.toObject(message.notifies[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this NotifyBatch to JSON.
             * @function toJSON
             * @memberof presence.v1.NotifyBatch
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            NotifyBatch.prototype.toJSON = function() {
                return NotifyBatch.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for NotifyBatch
             * @function getTypeUrl
             * @memberof presence.v1.NotifyBatch
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            NotifyBatch.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/presence.v1.NotifyBatch";
            };

            return NotifyBatch;
        })();

        v1.NotifyResponse = (function() {

            /**
             * Properties of a NotifyResponse.
             * @typedef {Object} presence.v1.NotifyResponse.$Properties
             * @property {number|null} [status] SIP status code of the final response.
             * @property {string|null} [reason] Reason phrase.
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a NotifyResponse.
             * @memberof presence.v1
             * @interface INotifyResponse
             * @augments presence.v1.NotifyResponse.$Properties
             * @deprecated Use presence.v1.NotifyResponse.$Properties instead.
             */

            /**
             * Shape of a NotifyResponse.
             * @typedef {presence.v1.NotifyResponse.$Properties} presence.v1.NotifyResponse.$Shape
             */

            /**
             * Constructs a new NotifyResponse.
             * @memberof presence.v1
             * @classdesc A final response to a NOTIFY.
             * @constructor
             * @param {presence.v1.NotifyResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const NotifyResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SIP status code of the final response.
             * @member {number} status
             * @memberof presence.v1.NotifyResponse
             * @instance
             */
            NotifyResponse.prototype.status = 0;

            /**
             * Reason phrase.
             * @member {string} reason
             * @memberof presence.v1.NotifyResponse
             * @instance
             */
            NotifyResponse.prototype.reason = "";

            /**
             * Creates a new NotifyResponse instance using the specified properties.
             * @function create
             * @memberof presence.v1.NotifyResponse
             * @static
             * @param {presence.v1.NotifyResponse.$Properties=} [properties] Properties to set
             * @returns {presence.v1.NotifyResponse} NotifyResponse instance
             * @type {{
             *   (properties: presence.v1.NotifyResponse.$Shape): presence.v1.NotifyResponse & presence.v1.NotifyResponse.$Shape;
             *   (properties?: presence.v1.NotifyResponse.$Properties): presence.v1.NotifyResponse;
             * }}
             */
            NotifyResponse.create = function(properties) {
                return new NotifyResponse(properties);
            };

            /**
             * Encodes the specified NotifyResponse message. Does not implicitly {@link presence.v1.NotifyResponse.verify|verify} messages.
             * @function encode
             * @memberof presence.v1.NotifyResponse
             * @static
             * @param {presence.v1.NotifyResponse.$Properties} message NotifyResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NotifyResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.status);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.reason);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified NotifyResponse message, length delimited. Does not implicitly {@link presence.v1.NotifyResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof presence.v1.NotifyResponse
             * @static
             * @param {presence.v1.NotifyResponse.$Properties} message NotifyResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NotifyResponse.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a NotifyResponse message from the specified reader or buffer.
             * @function decode
             * @memberof presence.v1.NotifyResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {presence.v1.NotifyResponse & presence.v1.NotifyResponse.$Shape} NotifyResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NotifyResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.presence.v1.NotifyResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.status = value;
                            else
                                delete message.status;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a NotifyResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof presence.v1.NotifyResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {presence.v1.NotifyResponse & presence.v1.NotifyResponse.$Shape} NotifyResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NotifyResponse.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a NotifyResponse message.
             * @function verify
             * @memberof presence.v1.NotifyResponse
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            NotifyResponse.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    if (!$util.isInteger(message.status))
                        return "status: integer expected";
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    if (!$util.isString(message.reason))
                        return "reason: string expected";
                return null;
            };

            /**
             * Creates a NotifyResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof presence.v1.NotifyResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {presence.v1.NotifyResponse} NotifyResponse
             */
            NotifyResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.presence.v1.NotifyResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".presence.v1.NotifyResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.presence.v1.NotifyResponse();
                if (object.status != null)
                    if ($Number(object.status) !== 0)
                        message.status = object.status >>> 0;
                if (object.reason != null)
                    if (typeof object.reason !== "string" || object.reason.length)
                        message.reason = $String(object.reason);
                return message;
            };

            /**
             * Creates a plain object from a NotifyResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof presence.v1.NotifyResponse
             * @static
             * @param {presence.v1.NotifyResponse} message NotifyResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            NotifyResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.status = 0;
                    object.reason = "";
                }
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    object.status = message.status;
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                return object;
            };

            /**
             * Converts this NotifyResponse to JSON.
             * @function toJSON
             * @memberof presence.v1.NotifyResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            NotifyResponse.prototype.toJSON = function() {
                return NotifyResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for NotifyResponse
             * @function getTypeUrl
             * @memberof presence.v1.NotifyResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            NotifyResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/presence.v1.NotifyResponse";
            };

            return NotifyResponse;
        })();

        v1.NotifyTimeout = (function() {

            /**
             * Properties of a NotifyTimeout.
             * @typedef {Object} presence.v1.NotifyTimeout.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a NotifyTimeout.
             * @memberof presence.v1
             * @interface INotifyTimeout
             * @augments presence.v1.NotifyTimeout.$Properties
             * @deprecated Use presence.v1.NotifyTimeout.$Properties instead.
             */

            /**
             * Shape of a NotifyTimeout.
             * @typedef {presence.v1.NotifyTimeout.$Properties} presence.v1.NotifyTimeout.$Shape
             */

            /**
             * Constructs a new NotifyTimeout.
             * @memberof presence.v1
             * @classdesc The transaction timed out (Timer F, RFC 3261 17.1.2.2).
             * @constructor
             * @param {presence.v1.NotifyTimeout.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const NotifyTimeout = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new NotifyTimeout instance using the specified properties.
             * @function create
             * @memberof presence.v1.NotifyTimeout
             * @static
             * @param {presence.v1.NotifyTimeout.$Properties=} [properties] Properties to set
             * @returns {presence.v1.NotifyTimeout} NotifyTimeout instance
             * @type {{
             *   (properties: presence.v1.NotifyTimeout.$Shape): presence.v1.NotifyTimeout & presence.v1.NotifyTimeout.$Shape;
             *   (properties?: presence.v1.NotifyTimeout.$Properties): presence.v1.NotifyTimeout;
             * }}
             */
            NotifyTimeout.create = function(properties) {
                return new NotifyTimeout(properties);
            };

            /**
             * Encodes the specified NotifyTimeout message. Does not implicitly {@link presence.v1.NotifyTimeout.verify|verify} messages.
             * @function encode
             * @memberof presence.v1.NotifyTimeout
             * @static
             * @param {presence.v1.NotifyTimeout.$Properties} message NotifyTimeout message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NotifyTimeout.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified NotifyTimeout message, length delimited. Does not implicitly {@link presence.v1.NotifyTimeout.verify|verify} messages.
             * @function encodeDelimited
             * @memberof presence.v1.NotifyTimeout
             * @static
             * @param {presence.v1.NotifyTimeout.$Properties} message NotifyTimeout message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NotifyTimeout.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a NotifyTimeout message from the specified reader or buffer.
             * @function decode
             * @memberof presence.v1.NotifyTimeout
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {presence.v1.NotifyTimeout & presence.v1.NotifyTimeout.$Shape} NotifyTimeout
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NotifyTimeout.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.presence.v1.NotifyTimeout();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a NotifyTimeout message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof presence.v1.NotifyTimeout
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {presence.v1.NotifyTimeout & presence.v1.NotifyTimeout.$Shape} NotifyTimeout
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NotifyTimeout.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a NotifyTimeout message.
             * @function verify
             * @memberof presence.v1.NotifyTimeout
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            NotifyTimeout.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                return null;
            };

            /**
             * Creates a NotifyTimeout message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof presence.v1.NotifyTimeout
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {presence.v1.NotifyTimeout} NotifyTimeout
             */
            NotifyTimeout.fromObject = function (object, _depth) {
                if (object instanceof $root.presence.v1.NotifyTimeout)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".presence.v1.NotifyTimeout: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.presence.v1.NotifyTimeout();
            };

            /**
             * Creates a plain object from a NotifyTimeout message. Also converts values to other types if specified.
             * @function toObject
             * @memberof presence.v1.NotifyTimeout
             * @static
             * @param {presence.v1.NotifyTimeout} message NotifyTimeout
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            NotifyTimeout.toObject = function () {
                return {};
            };

            /**
             * Converts this NotifyTimeout to JSON.
             * @function toJSON
             * @memberof presence.v1.NotifyTimeout
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            NotifyTimeout.prototype.toJSON = function() {
                return NotifyTimeout.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for NotifyTimeout
             * @function getTypeUrl
             * @memberof presence.v1.NotifyTimeout
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            NotifyTimeout.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/presence.v1.NotifyTimeout";
            };

            return NotifyTimeout;
        })();

        v1.NotifyTransportError = (function() {

            /**
             * Properties of a NotifyTransportError.
             * @typedef {Object} presence.v1.NotifyTransportError.$Properties
             * @property {string|null} [message] What went wrong, for logs.
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a NotifyTransportError.
             * @memberof presence.v1
             * @interface INotifyTransportError
             * @augments presence.v1.NotifyTransportError.$Properties
             * @deprecated Use presence.v1.NotifyTransportError.$Properties instead.
             */

            /**
             * Shape of a NotifyTransportError.
             * @typedef {presence.v1.NotifyTransportError.$Properties} presence.v1.NotifyTransportError.$Shape
             */

            /**
             * Constructs a new NotifyTransportError.
             * @memberof presence.v1
             * @classdesc The NOTIFY could not be sent (connection gone, DNS failure, ...).
             * @constructor
             * @param {presence.v1.NotifyTransportError.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const NotifyTransportError = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * What went wrong, for logs.
             * @member {string} message
             * @memberof presence.v1.NotifyTransportError
             * @instance
             */
            NotifyTransportError.prototype.message = "";

            /**
             * Creates a new NotifyTransportError instance using the specified properties.
             * @function create
             * @memberof presence.v1.NotifyTransportError
             * @static
             * @param {presence.v1.NotifyTransportError.$Properties=} [properties] Properties to set
             * @returns {presence.v1.NotifyTransportError} NotifyTransportError instance
             * @type {{
             *   (properties: presence.v1.NotifyTransportError.$Shape): presence.v1.NotifyTransportError & presence.v1.NotifyTransportError.$Shape;
             *   (properties?: presence.v1.NotifyTransportError.$Properties): presence.v1.NotifyTransportError;
             * }}
             */
            NotifyTransportError.create = function(properties) {
                return new NotifyTransportError(properties);
            };

            /**
             * Encodes the specified NotifyTransportError message. Does not implicitly {@link presence.v1.NotifyTransportError.verify|verify} messages.
             * @function encode
             * @memberof presence.v1.NotifyTransportError
             * @static
             * @param {presence.v1.NotifyTransportError.$Properties} message NotifyTransportError message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NotifyTransportError.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.message);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified NotifyTransportError message, length delimited. Does not implicitly {@link presence.v1.NotifyTransportError.verify|verify} messages.
             * @function encodeDelimited
             * @memberof presence.v1.NotifyTransportError
             * @static
             * @param {presence.v1.NotifyTransportError.$Properties} message NotifyTransportError message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NotifyTransportError.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a NotifyTransportError message from the specified reader or buffer.
             * @function decode
             * @memberof presence.v1.NotifyTransportError
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {presence.v1.NotifyTransportError & presence.v1.NotifyTransportError.$Shape} NotifyTransportError
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NotifyTransportError.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.presence.v1.NotifyTransportError();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a NotifyTransportError message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof presence.v1.NotifyTransportError
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {presence.v1.NotifyTransportError & presence.v1.NotifyTransportError.$Shape} NotifyTransportError
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NotifyTransportError.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a NotifyTransportError message.
             * @function verify
             * @memberof presence.v1.NotifyTransportError
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            NotifyTransportError.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    if (!$util.isString(message.message))
                        return "message: string expected";
                return null;
            };

            /**
             * Creates a NotifyTransportError message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof presence.v1.NotifyTransportError
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {presence.v1.NotifyTransportError} NotifyTransportError
             */
            NotifyTransportError.fromObject = function (object, _depth) {
                if (object instanceof $root.presence.v1.NotifyTransportError)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".presence.v1.NotifyTransportError: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.presence.v1.NotifyTransportError();
                if (object.message != null)
                    if (typeof object.message !== "string" || object.message.length)
                        message.message = $String(object.message);
                return message;
            };

            /**
             * Creates a plain object from a NotifyTransportError message. Also converts values to other types if specified.
             * @function toObject
             * @memberof presence.v1.NotifyTransportError
             * @static
             * @param {presence.v1.NotifyTransportError} message NotifyTransportError
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            NotifyTransportError.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.message = "";
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = message.message;
                return object;
            };

            /**
             * Converts this NotifyTransportError to JSON.
             * @function toJSON
             * @memberof presence.v1.NotifyTransportError
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            NotifyTransportError.prototype.toJSON = function() {
                return NotifyTransportError.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for NotifyTransportError
             * @function getTypeUrl
             * @memberof presence.v1.NotifyTransportError
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            NotifyTransportError.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/presence.v1.NotifyTransportError";
            };

            return NotifyTransportError;
        })();

        v1.NotifyOutcome = (function() {

            /**
             * Properties of a NotifyOutcome.
             * @typedef {Object} presence.v1.NotifyOutcome.$Properties
             * @property {presence.v1.NotifyResponse.$Properties|null} [response] A final response arrived.
             * @property {presence.v1.NotifyTimeout.$Properties|null} [timeout] No final response before Timer F.
             * @property {presence.v1.NotifyTransportError.$Properties|null} [transportError] The request could not be sent.
             * @property {"response"|"timeout"|"transportError"} [outcome] Exactly one of these is set.
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a NotifyOutcome.
             * @memberof presence.v1
             * @interface INotifyOutcome
             * @augments presence.v1.NotifyOutcome.$Properties
             * @deprecated Use presence.v1.NotifyOutcome.$Properties instead.
             */

            /**
             * Narrowed shape of a NotifyOutcome.
             * @typedef {{
             *   response?: presence.v1.NotifyResponse.$Shape|null;
             *   timeout?: presence.v1.NotifyTimeout.$Shape|null;
             *   transportError?: presence.v1.NotifyTransportError.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ outcome?: undefined; response?: null; timeout?: null; transportError?: null }|{ outcome?: "response"; response: presence.v1.NotifyResponse.$Shape; timeout?: null; transportError?: null }|{ outcome?: "timeout"; response?: null; timeout: presence.v1.NotifyTimeout.$Shape; transportError?: null }|{ outcome?: "transportError"; response?: null; timeout?: null; transportError: presence.v1.NotifyTransportError.$Shape })
             * )} presence.v1.NotifyOutcome.$Shape
             */

            /**
             * Constructs a new NotifyOutcome.
             * @memberof presence.v1
             * @classdesc How a NOTIFY transaction ended.
             * @constructor
             * @param {presence.v1.NotifyOutcome.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const NotifyOutcome = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * A final response arrived.
             * @member {presence.v1.NotifyResponse.$Properties|null|undefined} response
             * @memberof presence.v1.NotifyOutcome
             * @instance
             */
            NotifyOutcome.prototype.response = null;

            /**
             * No final response before Timer F.
             * @member {presence.v1.NotifyTimeout.$Properties|null|undefined} timeout
             * @memberof presence.v1.NotifyOutcome
             * @instance
             */
            NotifyOutcome.prototype.timeout = null;

            /**
             * The request could not be sent.
             * @member {presence.v1.NotifyTransportError.$Properties|null|undefined} transportError
             * @memberof presence.v1.NotifyOutcome
             * @instance
             */
            NotifyOutcome.prototype.transportError = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * Exactly one of these is set.
             * @member {"response"|"timeout"|"transportError"|undefined} outcome
             * @memberof presence.v1.NotifyOutcome
             * @instance
             */
            $Object.defineProperty(NotifyOutcome.prototype, "outcome", {
                get: $util.oneOfGetter($oneOfFields = ["response", "timeout", "transportError"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new NotifyOutcome instance using the specified properties.
             * @function create
             * @memberof presence.v1.NotifyOutcome
             * @static
             * @param {presence.v1.NotifyOutcome.$Properties=} [properties] Properties to set
             * @returns {presence.v1.NotifyOutcome} NotifyOutcome instance
             * @type {{
             *   (properties: presence.v1.NotifyOutcome.$Shape): presence.v1.NotifyOutcome & presence.v1.NotifyOutcome.$Shape;
             *   (properties?: presence.v1.NotifyOutcome.$Properties): presence.v1.NotifyOutcome;
             * }}
             */
            NotifyOutcome.create = function(properties) {
                return new NotifyOutcome(properties);
            };

            /**
             * Encodes the specified NotifyOutcome message. Does not implicitly {@link presence.v1.NotifyOutcome.verify|verify} messages.
             * @function encode
             * @memberof presence.v1.NotifyOutcome
             * @static
             * @param {presence.v1.NotifyOutcome.$Properties} message NotifyOutcome message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NotifyOutcome.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.response != null && $Object.hasOwnProperty.call(message, "response"))
                    $root.presence.v1.NotifyResponse.encode(message.response, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.timeout != null && $Object.hasOwnProperty.call(message, "timeout"))
                    $root.presence.v1.NotifyTimeout.encode(message.timeout, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.transportError != null && $Object.hasOwnProperty.call(message, "transportError"))
                    $root.presence.v1.NotifyTransportError.encode(message.transportError, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified NotifyOutcome message, length delimited. Does not implicitly {@link presence.v1.NotifyOutcome.verify|verify} messages.
             * @function encodeDelimited
             * @memberof presence.v1.NotifyOutcome
             * @static
             * @param {presence.v1.NotifyOutcome.$Properties} message NotifyOutcome message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NotifyOutcome.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a NotifyOutcome message from the specified reader or buffer.
             * @function decode
             * @memberof presence.v1.NotifyOutcome
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {presence.v1.NotifyOutcome & presence.v1.NotifyOutcome.$Shape} NotifyOutcome
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NotifyOutcome.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.presence.v1.NotifyOutcome();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.response = $root.presence.v1.NotifyResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.response);
                            message.outcome = "response";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.timeout = $root.presence.v1.NotifyTimeout.decode(reader, reader.size(), $undefined, _depth + 1, message.timeout);
                            message.outcome = "timeout";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.transportError = $root.presence.v1.NotifyTransportError.decode(reader, reader.size(), $undefined, _depth + 1, message.transportError);
                            message.outcome = "transportError";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a NotifyOutcome message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof presence.v1.NotifyOutcome
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {presence.v1.NotifyOutcome & presence.v1.NotifyOutcome.$Shape} NotifyOutcome
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NotifyOutcome.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a NotifyOutcome message.
             * @function verify
             * @memberof presence.v1.NotifyOutcome
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            NotifyOutcome.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.response != null && $Object.hasOwnProperty.call(message, "response")) {
                    properties.outcome = 1;
                    {
                        let error = $root.presence.v1.NotifyResponse.verify(message.response, _depth + 1);
                        if (error)
                            return "response." + error;
                    }
                }
                if (message.timeout != null && $Object.hasOwnProperty.call(message, "timeout")) {
                    if (properties.outcome === 1)
                        return "outcome: multiple values";
                    properties.outcome = 1;
                    {
                        let error = $root.presence.v1.NotifyTimeout.verify(message.timeout, _depth + 1);
                        if (error)
                            return "timeout." + error;
                    }
                }
                if (message.transportError != null && $Object.hasOwnProperty.call(message, "transportError")) {
                    if (properties.outcome === 1)
                        return "outcome: multiple values";
                    properties.outcome = 1;
                    {
                        let error = $root.presence.v1.NotifyTransportError.verify(message.transportError, _depth + 1);
                        if (error)
                            return "transportError." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a NotifyOutcome message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof presence.v1.NotifyOutcome
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {presence.v1.NotifyOutcome} NotifyOutcome
             */
            NotifyOutcome.fromObject = function (object, _depth) {
                if (object instanceof $root.presence.v1.NotifyOutcome)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".presence.v1.NotifyOutcome: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.presence.v1.NotifyOutcome();
                if (object.response != null) {
                    if (!$util.isObject(object.response))
                        throw $TypeError(".presence.v1.NotifyOutcome.response: object expected");
                    message.response = $root.presence.v1.NotifyResponse.fromObject(object.response, _depth + 1);
                }
                if (object.timeout != null) {
                    if (!$util.isObject(object.timeout))
                        throw $TypeError(".presence.v1.NotifyOutcome.timeout: object expected");
                    message.timeout = $root.presence.v1.NotifyTimeout.fromObject(object.timeout, _depth + 1);
                }
                if (object.transportError != null) {
                    if (!$util.isObject(object.transportError))
                        throw $TypeError(".presence.v1.NotifyOutcome.transportError: object expected");
                    message.transportError = $root.presence.v1.NotifyTransportError.fromObject(object.transportError, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a NotifyOutcome message. Also converts values to other types if specified.
             * @function toObject
             * @memberof presence.v1.NotifyOutcome
             * @static
             * @param {presence.v1.NotifyOutcome} message NotifyOutcome
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            NotifyOutcome.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (message.response != null && $Object.hasOwnProperty.call(message, "response")) {
                    object.response = $root.presence.v1.NotifyResponse.toObject(message.response, options, _depth + 1);
                    if (options.oneofs)
                        object.outcome = "response";
                }
                if (message.timeout != null && $Object.hasOwnProperty.call(message, "timeout")) {
                    object.timeout = $root.presence.v1.NotifyTimeout.toObject(message.timeout, options, _depth + 1);
                    if (options.oneofs)
                        object.outcome = "timeout";
                }
                if (message.transportError != null && $Object.hasOwnProperty.call(message, "transportError")) {
                    object.transportError = $root.presence.v1.NotifyTransportError.toObject(message.transportError, options, _depth + 1);
                    if (options.oneofs)
                        object.outcome = "transportError";
                }
                return object;
            };

            /**
             * Converts this NotifyOutcome to JSON.
             * @function toJSON
             * @memberof presence.v1.NotifyOutcome
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            NotifyOutcome.prototype.toJSON = function() {
                return NotifyOutcome.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for NotifyOutcome
             * @function getTypeUrl
             * @memberof presence.v1.NotifyOutcome
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            NotifyOutcome.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/presence.v1.NotifyOutcome";
            };

            return NotifyOutcome;
        })();

        v1.NotifyResult = (function() {

            /**
             * Properties of a NotifyResult.
             * @typedef {Object} presence.v1.NotifyResult.$Properties
             * @property {presence.v1.NotifyOutcome.$Properties|null} [outcome] How the transaction ended.
             * @property {string|null} [subscriptionId] Subscription id copied from the NotifyRequest.
             * @property {number|null} [cseq] CSeq copied from the NotifyRequest.
             * @property {string|null} [edgeId] Id of the edge that ran the transaction.
             * @property {number|null} [index] Position of the NOTIFY in its NotifyBatch (0 for a single NotifyRequest).
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a NotifyResult.
             * @memberof presence.v1
             * @interface INotifyResult
             * @augments presence.v1.NotifyResult.$Properties
             * @deprecated Use presence.v1.NotifyResult.$Properties instead.
             */

            /**
             * Shape of a NotifyResult.
             * @typedef {{
             *   outcome?: presence.v1.NotifyOutcome.$Shape|null;
             *   subscriptionId?: string|null;
             *   cseq?: number|null;
             *   edgeId?: string|null;
             *   index?: number|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} presence.v1.NotifyResult.$Shape
             */

            /**
             * Constructs a new NotifyResult.
             * @memberof presence.v1
             * @classdesc The edge's report on one NOTIFY (the reply to a NotifyRequest).
             * @constructor
             * @param {presence.v1.NotifyResult.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const NotifyResult = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * How the transaction ended.
             * @member {presence.v1.NotifyOutcome.$Properties|null|undefined} outcome
             * @memberof presence.v1.NotifyResult
             * @instance
             */
            NotifyResult.prototype.outcome = null;

            /**
             * Subscription id copied from the NotifyRequest.
             * @member {string} subscriptionId
             * @memberof presence.v1.NotifyResult
             * @instance
             */
            NotifyResult.prototype.subscriptionId = "";

            /**
             * CSeq copied from the NotifyRequest.
             * @member {number} cseq
             * @memberof presence.v1.NotifyResult
             * @instance
             */
            NotifyResult.prototype.cseq = 0;

            /**
             * Id of the edge that ran the transaction.
             * @member {string} edgeId
             * @memberof presence.v1.NotifyResult
             * @instance
             */
            NotifyResult.prototype.edgeId = "";

            /**
             * Position of the NOTIFY in its NotifyBatch (0 for a single NotifyRequest).
             * @member {number} index
             * @memberof presence.v1.NotifyResult
             * @instance
             */
            NotifyResult.prototype.index = 0;

            /**
             * Creates a new NotifyResult instance using the specified properties.
             * @function create
             * @memberof presence.v1.NotifyResult
             * @static
             * @param {presence.v1.NotifyResult.$Properties=} [properties] Properties to set
             * @returns {presence.v1.NotifyResult} NotifyResult instance
             * @type {{
             *   (properties: presence.v1.NotifyResult.$Shape): presence.v1.NotifyResult & presence.v1.NotifyResult.$Shape;
             *   (properties?: presence.v1.NotifyResult.$Properties): presence.v1.NotifyResult;
             * }}
             */
            NotifyResult.create = function(properties) {
                return new NotifyResult(properties);
            };

            /**
             * Encodes the specified NotifyResult message. Does not implicitly {@link presence.v1.NotifyResult.verify|verify} messages.
             * @function encode
             * @memberof presence.v1.NotifyResult
             * @static
             * @param {presence.v1.NotifyResult.$Properties} message NotifyResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NotifyResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.outcome != null && $Object.hasOwnProperty.call(message, "outcome"))
                    $root.presence.v1.NotifyOutcome.encode(message.outcome, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.subscriptionId != null && $Object.hasOwnProperty.call(message, "subscriptionId") && message.subscriptionId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.subscriptionId);
                if (message.cseq != null && $Object.hasOwnProperty.call(message, "cseq") && message.cseq !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.cseq);
                if (message.edgeId != null && $Object.hasOwnProperty.call(message, "edgeId") && message.edgeId !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.edgeId);
                if (message.index != null && $Object.hasOwnProperty.call(message, "index") && message.index !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.index);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified NotifyResult message, length delimited. Does not implicitly {@link presence.v1.NotifyResult.verify|verify} messages.
             * @function encodeDelimited
             * @memberof presence.v1.NotifyResult
             * @static
             * @param {presence.v1.NotifyResult.$Properties} message NotifyResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NotifyResult.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a NotifyResult message from the specified reader or buffer.
             * @function decode
             * @memberof presence.v1.NotifyResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {presence.v1.NotifyResult & presence.v1.NotifyResult.$Shape} NotifyResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NotifyResult.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.presence.v1.NotifyResult();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.outcome = $root.presence.v1.NotifyOutcome.decode(reader, reader.size(), $undefined, _depth + 1, message.outcome);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.subscriptionId = value;
                            else
                                delete message.subscriptionId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.cseq = value;
                            else
                                delete message.cseq;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.edgeId = value;
                            else
                                delete message.edgeId;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.index = value;
                            else
                                delete message.index;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a NotifyResult message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof presence.v1.NotifyResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {presence.v1.NotifyResult & presence.v1.NotifyResult.$Shape} NotifyResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NotifyResult.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a NotifyResult message.
             * @function verify
             * @memberof presence.v1.NotifyResult
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            NotifyResult.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.outcome != null && $Object.hasOwnProperty.call(message, "outcome")) {
                    let error = $root.presence.v1.NotifyOutcome.verify(message.outcome, _depth + 1);
                    if (error)
                        return "outcome." + error;
                }
                if (message.subscriptionId != null && $Object.hasOwnProperty.call(message, "subscriptionId"))
                    if (!$util.isString(message.subscriptionId))
                        return "subscriptionId: string expected";
                if (message.cseq != null && $Object.hasOwnProperty.call(message, "cseq"))
                    if (!$util.isInteger(message.cseq))
                        return "cseq: integer expected";
                if (message.edgeId != null && $Object.hasOwnProperty.call(message, "edgeId"))
                    if (!$util.isString(message.edgeId))
                        return "edgeId: string expected";
                if (message.index != null && $Object.hasOwnProperty.call(message, "index"))
                    if (!$util.isInteger(message.index))
                        return "index: integer expected";
                return null;
            };

            /**
             * Creates a NotifyResult message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof presence.v1.NotifyResult
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {presence.v1.NotifyResult} NotifyResult
             */
            NotifyResult.fromObject = function (object, _depth) {
                if (object instanceof $root.presence.v1.NotifyResult)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".presence.v1.NotifyResult: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.presence.v1.NotifyResult();
                if (object.outcome != null) {
                    if (!$util.isObject(object.outcome))
                        throw $TypeError(".presence.v1.NotifyResult.outcome: object expected");
                    message.outcome = $root.presence.v1.NotifyOutcome.fromObject(object.outcome, _depth + 1);
                }
                if (object.subscriptionId != null)
                    if (typeof object.subscriptionId !== "string" || object.subscriptionId.length)
                        message.subscriptionId = $String(object.subscriptionId);
                if (object.cseq != null)
                    if ($Number(object.cseq) !== 0)
                        message.cseq = object.cseq >>> 0;
                if (object.edgeId != null)
                    if (typeof object.edgeId !== "string" || object.edgeId.length)
                        message.edgeId = $String(object.edgeId);
                if (object.index != null)
                    if ($Number(object.index) !== 0)
                        message.index = object.index >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a NotifyResult message. Also converts values to other types if specified.
             * @function toObject
             * @memberof presence.v1.NotifyResult
             * @static
             * @param {presence.v1.NotifyResult} message NotifyResult
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            NotifyResult.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.outcome = null;
                    object.subscriptionId = "";
                    object.cseq = 0;
                    object.edgeId = "";
                    object.index = 0;
                }
                if (message.outcome != null && $Object.hasOwnProperty.call(message, "outcome"))
                    object.outcome = $root.presence.v1.NotifyOutcome.toObject(message.outcome, options, _depth + 1);
                if (message.subscriptionId != null && $Object.hasOwnProperty.call(message, "subscriptionId"))
                    object.subscriptionId = message.subscriptionId;
                if (message.cseq != null && $Object.hasOwnProperty.call(message, "cseq"))
                    object.cseq = message.cseq;
                if (message.edgeId != null && $Object.hasOwnProperty.call(message, "edgeId"))
                    object.edgeId = message.edgeId;
                if (message.index != null && $Object.hasOwnProperty.call(message, "index"))
                    object.index = message.index;
                return object;
            };

            /**
             * Converts this NotifyResult to JSON.
             * @function toJSON
             * @memberof presence.v1.NotifyResult
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            NotifyResult.prototype.toJSON = function() {
                return NotifyResult.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for NotifyResult
             * @function getTypeUrl
             * @memberof presence.v1.NotifyResult
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            NotifyResult.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/presence.v1.NotifyResult";
            };

            return NotifyResult;
        })();

        v1.NotifyResultBatch = (function() {

            /**
             * Properties of a NotifyResultBatch.
             * @typedef {Object} presence.v1.NotifyResultBatch.$Properties
             * @property {Array.<presence.v1.NotifyResult.$Properties>|null} [results] NotifyResultBatch results
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a NotifyResultBatch.
             * @memberof presence.v1
             * @interface INotifyResultBatch
             * @augments presence.v1.NotifyResultBatch.$Properties
             * @deprecated Use presence.v1.NotifyResultBatch.$Properties instead.
             */

            /**
             * Shape of a NotifyResultBatch.
             * @typedef {{
             *   results?: Array.<presence.v1.NotifyResult.$Shape>|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} presence.v1.NotifyResultBatch.$Shape
             */

            /**
             * Constructs a new NotifyResultBatch.
             * @memberof presence.v1
             * @classdesc Results of NOTIFYs of one NotifyBatch, each once, in the order their transactions ended. A
             * NOTIFY the edge could not handle has no result: the notifier treats it as a failed bus call.
             * @constructor
             * @param {presence.v1.NotifyResultBatch.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const NotifyResultBatch = function (properties) {
                this.results = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * NotifyResultBatch results.
             * @member {Array.<presence.v1.NotifyResult.$Properties>} results
             * @memberof presence.v1.NotifyResultBatch
             * @instance
             */
            NotifyResultBatch.prototype.results = $util.emptyArray;

            /**
             * Creates a new NotifyResultBatch instance using the specified properties.
             * @function create
             * @memberof presence.v1.NotifyResultBatch
             * @static
             * @param {presence.v1.NotifyResultBatch.$Properties=} [properties] Properties to set
             * @returns {presence.v1.NotifyResultBatch} NotifyResultBatch instance
             * @type {{
             *   (properties: presence.v1.NotifyResultBatch.$Shape): presence.v1.NotifyResultBatch & presence.v1.NotifyResultBatch.$Shape;
             *   (properties?: presence.v1.NotifyResultBatch.$Properties): presence.v1.NotifyResultBatch;
             * }}
             */
            NotifyResultBatch.create = function(properties) {
                return new NotifyResultBatch(properties);
            };

            /**
             * Encodes the specified NotifyResultBatch message. Does not implicitly {@link presence.v1.NotifyResultBatch.verify|verify} messages.
             * @function encode
             * @memberof presence.v1.NotifyResultBatch
             * @static
             * @param {presence.v1.NotifyResultBatch.$Properties} message NotifyResultBatch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NotifyResultBatch.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.results != null && message.results.length)
                    for (let i = 0; i < message.results.length; ++i)
                        $root.presence.v1.NotifyResult.encode(message.results[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified NotifyResultBatch message, length delimited. Does not implicitly {@link presence.v1.NotifyResultBatch.verify|verify} messages.
             * @function encodeDelimited
             * @memberof presence.v1.NotifyResultBatch
             * @static
             * @param {presence.v1.NotifyResultBatch.$Properties} message NotifyResultBatch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NotifyResultBatch.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a NotifyResultBatch message from the specified reader or buffer.
             * @function decode
             * @memberof presence.v1.NotifyResultBatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {presence.v1.NotifyResultBatch & presence.v1.NotifyResultBatch.$Shape} NotifyResultBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NotifyResultBatch.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.presence.v1.NotifyResultBatch();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.results && message.results.length))
                                message.results = [];
                            message.results.push($root.presence.v1.NotifyResult.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a NotifyResultBatch message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof presence.v1.NotifyResultBatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {presence.v1.NotifyResultBatch & presence.v1.NotifyResultBatch.$Shape} NotifyResultBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NotifyResultBatch.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a NotifyResultBatch message.
             * @function verify
             * @memberof presence.v1.NotifyResultBatch
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            NotifyResultBatch.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.results != null && $Object.hasOwnProperty.call(message, "results")) {
                    if (!$Array.isArray(message.results))
                        return "results: array expected";
                    for (let i = 0; i < message.results.length; ++i) {
                        let error = $root.presence.v1.NotifyResult.verify(message.results[i], _depth + 1);
                        if (error)
                            return "results." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a NotifyResultBatch message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof presence.v1.NotifyResultBatch
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {presence.v1.NotifyResultBatch} NotifyResultBatch
             */
            NotifyResultBatch.fromObject = function (object, _depth) {
                if (object instanceof $root.presence.v1.NotifyResultBatch)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".presence.v1.NotifyResultBatch: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.presence.v1.NotifyResultBatch();
                if (object.results) {
                    if (!$Array.isArray(object.results))
                        throw $TypeError(".presence.v1.NotifyResultBatch.results: array expected");
                    message.results = $Array(object.results.length);
                    for (let i = 0; i < object.results.length; ++i) {
                        if (!$util.isObject(object.results[i]))
                            throw $TypeError(".presence.v1.NotifyResultBatch.results: object expected");
                        message.results[i] = $root.presence.v1.NotifyResult.fromObject(object.results[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a NotifyResultBatch message. Also converts values to other types if specified.
             * @function toObject
             * @memberof presence.v1.NotifyResultBatch
             * @static
             * @param {presence.v1.NotifyResultBatch} message NotifyResultBatch
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            NotifyResultBatch.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.results = [];
                if (message.results && message.results.length) {
                    object.results = $Array(message.results.length);
                    for (let j = 0; j < message.results.length; ++j)
                        object.results[j] = $root.presence.v1.NotifyResult.toObject(message.results[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this NotifyResultBatch to JSON.
             * @function toJSON
             * @memberof presence.v1.NotifyResultBatch
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            NotifyResultBatch.prototype.toJSON = function() {
                return NotifyResultBatch.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for NotifyResultBatch
             * @function getTypeUrl
             * @memberof presence.v1.NotifyResultBatch
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            NotifyResultBatch.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/presence.v1.NotifyResultBatch";
            };

            return NotifyResultBatch;
        })();

        v1.NotifyReplyEvent = (function() {

            /**
             * Properties of a NotifyReplyEvent.
             * @typedef {Object} presence.v1.NotifyReplyEvent.$Properties
             * @property {Object.<string,string>|null} [subscription] The $subs(...) attributes of the subscription (uri, pres_uri, to_user, callid, local_cseq, ...);
             * numbers as decimal strings, null attributes left out.
             * @property {presence.v1.NotifyOutcome.$Properties|null} [outcome] How the NOTIFY transaction ended.
             * @property {number|null} [cseq] CSeq of the NOTIFY.
             * @property {boolean|null} [terminated] Whether the subscription was ended because of this outcome (timeout_rm_subs) or was final.
             * @property {presence.v1.EventMeta.$Properties|null} [meta] Event id, time and producer.
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a NotifyReplyEvent.
             * @memberof presence.v1
             * @interface INotifyReplyEvent
             * @augments presence.v1.NotifyReplyEvent.$Properties
             * @deprecated Use presence.v1.NotifyReplyEvent.$Properties instead.
             */

            /**
             * Shape of a NotifyReplyEvent.
             * @typedef {{
             *   subscription?: Object.<string,string>|null;
             *   outcome?: presence.v1.NotifyOutcome.$Shape|null;
             *   cseq?: number|null;
             *   terminated?: boolean|null;
             *   meta?: presence.v1.EventMeta.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} presence.v1.NotifyReplyEvent.$Shape
             */

            /**
             * Constructs a new NotifyReplyEvent.
             * @memberof presence.v1
             * @classdesc Kamailio's event_route[presence:notify-reply], for integrations.
             * Subject: <prefix>.events.notify-reply (JetStream).
             * @constructor
             * @param {presence.v1.NotifyReplyEvent.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const NotifyReplyEvent = function (properties) {
                this.subscription = {};
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * The $subs(...) attributes of the subscription (uri, pres_uri, to_user, callid, local_cseq, ...);
             * numbers as decimal strings, null attributes left out.
             * @member {Object.<string,string>} subscription
             * @memberof presence.v1.NotifyReplyEvent
             * @instance
             */
            NotifyReplyEvent.prototype.subscription = $util.emptyObject;

            /**
             * How the NOTIFY transaction ended.
             * @member {presence.v1.NotifyOutcome.$Properties|null|undefined} outcome
             * @memberof presence.v1.NotifyReplyEvent
             * @instance
             */
            NotifyReplyEvent.prototype.outcome = null;

            /**
             * CSeq of the NOTIFY.
             * @member {number} cseq
             * @memberof presence.v1.NotifyReplyEvent
             * @instance
             */
            NotifyReplyEvent.prototype.cseq = 0;

            /**
             * Whether the subscription was ended because of this outcome (timeout_rm_subs) or was final.
             * @member {boolean} terminated
             * @memberof presence.v1.NotifyReplyEvent
             * @instance
             */
            NotifyReplyEvent.prototype.terminated = false;

            /**
             * Event id, time and producer.
             * @member {presence.v1.EventMeta.$Properties|null|undefined} meta
             * @memberof presence.v1.NotifyReplyEvent
             * @instance
             */
            NotifyReplyEvent.prototype.meta = null;

            /**
             * Creates a new NotifyReplyEvent instance using the specified properties.
             * @function create
             * @memberof presence.v1.NotifyReplyEvent
             * @static
             * @param {presence.v1.NotifyReplyEvent.$Properties=} [properties] Properties to set
             * @returns {presence.v1.NotifyReplyEvent} NotifyReplyEvent instance
             * @type {{
             *   (properties: presence.v1.NotifyReplyEvent.$Shape): presence.v1.NotifyReplyEvent & presence.v1.NotifyReplyEvent.$Shape;
             *   (properties?: presence.v1.NotifyReplyEvent.$Properties): presence.v1.NotifyReplyEvent;
             * }}
             */
            NotifyReplyEvent.create = function(properties) {
                return new NotifyReplyEvent(properties);
            };

            /**
             * Encodes the specified NotifyReplyEvent message. Does not implicitly {@link presence.v1.NotifyReplyEvent.verify|verify} messages.
             * @function encode
             * @memberof presence.v1.NotifyReplyEvent
             * @static
             * @param {presence.v1.NotifyReplyEvent.$Properties} message NotifyReplyEvent message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NotifyReplyEvent.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.subscription != null && $Object.hasOwnProperty.call(message, "subscription"))
                    for (let keys = $Object.keys(message.subscription), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.subscription[keys[i]]).ldelim();
                if (message.outcome != null && $Object.hasOwnProperty.call(message, "outcome"))
                    $root.presence.v1.NotifyOutcome.encode(message.outcome, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.cseq != null && $Object.hasOwnProperty.call(message, "cseq") && message.cseq !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.cseq);
                if (message.terminated != null && $Object.hasOwnProperty.call(message, "terminated") && message.terminated !== false)
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.terminated);
                if (message.meta != null && $Object.hasOwnProperty.call(message, "meta"))
                    $root.presence.v1.EventMeta.encode(message.meta, writer.uint32(/* id 15, wireType 2 =*/122).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified NotifyReplyEvent message, length delimited. Does not implicitly {@link presence.v1.NotifyReplyEvent.verify|verify} messages.
             * @function encodeDelimited
             * @memberof presence.v1.NotifyReplyEvent
             * @static
             * @param {presence.v1.NotifyReplyEvent.$Properties} message NotifyReplyEvent message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NotifyReplyEvent.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a NotifyReplyEvent message from the specified reader or buffer.
             * @function decode
             * @memberof presence.v1.NotifyReplyEvent
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {presence.v1.NotifyReplyEvent & presence.v1.NotifyReplyEvent.$Shape} NotifyReplyEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NotifyReplyEvent.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.presence.v1.NotifyReplyEvent();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (message.subscription === $util.emptyObject)
                                message.subscription = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.subscription, key);
                            message.subscription[key] = value;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.outcome = $root.presence.v1.NotifyOutcome.decode(reader, reader.size(), $undefined, _depth + 1, message.outcome);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.cseq = value;
                            else
                                delete message.cseq;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.terminated = value;
                            else
                                delete message.terminated;
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            message.meta = $root.presence.v1.EventMeta.decode(reader, reader.size(), $undefined, _depth + 1, message.meta);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a NotifyReplyEvent message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof presence.v1.NotifyReplyEvent
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {presence.v1.NotifyReplyEvent & presence.v1.NotifyReplyEvent.$Shape} NotifyReplyEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NotifyReplyEvent.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a NotifyReplyEvent message.
             * @function verify
             * @memberof presence.v1.NotifyReplyEvent
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            NotifyReplyEvent.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.subscription != null && $Object.hasOwnProperty.call(message, "subscription")) {
                    if (!$util.isObject(message.subscription))
                        return "subscription: object expected";
                    let key = $Object.keys(message.subscription);
                    for (let i = 0; i < key.length; ++i)
                        if (!$util.isString(message.subscription[key[i]]))
                            return "subscription: string{k:string} expected";
                }
                if (message.outcome != null && $Object.hasOwnProperty.call(message, "outcome")) {
                    let error = $root.presence.v1.NotifyOutcome.verify(message.outcome, _depth + 1);
                    if (error)
                        return "outcome." + error;
                }
                if (message.cseq != null && $Object.hasOwnProperty.call(message, "cseq"))
                    if (!$util.isInteger(message.cseq))
                        return "cseq: integer expected";
                if (message.terminated != null && $Object.hasOwnProperty.call(message, "terminated"))
                    if (typeof message.terminated !== "boolean")
                        return "terminated: boolean expected";
                if (message.meta != null && $Object.hasOwnProperty.call(message, "meta")) {
                    let error = $root.presence.v1.EventMeta.verify(message.meta, _depth + 1);
                    if (error)
                        return "meta." + error;
                }
                return null;
            };

            /**
             * Creates a NotifyReplyEvent message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof presence.v1.NotifyReplyEvent
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {presence.v1.NotifyReplyEvent} NotifyReplyEvent
             */
            NotifyReplyEvent.fromObject = function (object, _depth) {
                if (object instanceof $root.presence.v1.NotifyReplyEvent)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".presence.v1.NotifyReplyEvent: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.presence.v1.NotifyReplyEvent();
                if (object.subscription) {
                    if (!$util.isObject(object.subscription))
                        throw $TypeError(".presence.v1.NotifyReplyEvent.subscription: object expected");
                    message.subscription = {};
                    for (let keys = $Object.keys(object.subscription), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.subscription, keys[i]);
                        message.subscription[keys[i]] = $String(object.subscription[keys[i]]);
                    }
                }
                if (object.outcome != null) {
                    if (!$util.isObject(object.outcome))
                        throw $TypeError(".presence.v1.NotifyReplyEvent.outcome: object expected");
                    message.outcome = $root.presence.v1.NotifyOutcome.fromObject(object.outcome, _depth + 1);
                }
                if (object.cseq != null)
                    if ($Number(object.cseq) !== 0)
                        message.cseq = object.cseq >>> 0;
                if (object.terminated != null)
                    if (object.terminated)
                        message.terminated = $Boolean(object.terminated);
                if (object.meta != null) {
                    if (!$util.isObject(object.meta))
                        throw $TypeError(".presence.v1.NotifyReplyEvent.meta: object expected");
                    message.meta = $root.presence.v1.EventMeta.fromObject(object.meta, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a NotifyReplyEvent message. Also converts values to other types if specified.
             * @function toObject
             * @memberof presence.v1.NotifyReplyEvent
             * @static
             * @param {presence.v1.NotifyReplyEvent} message NotifyReplyEvent
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            NotifyReplyEvent.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.objects || options.defaults)
                    object.subscription = {};
                if (options.defaults) {
                    object.outcome = null;
                    object.cseq = 0;
                    object.terminated = false;
                    object.meta = null;
                }
                let keys2;
                if (message.subscription && (keys2 = $Object.keys(message.subscription)).length) {
                    object.subscription = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.subscription, keys2[j]);
                        object.subscription[keys2[j]] = message.subscription[keys2[j]];
                    }
                }
                if (message.outcome != null && $Object.hasOwnProperty.call(message, "outcome"))
                    object.outcome = $root.presence.v1.NotifyOutcome.toObject(message.outcome, options, _depth + 1);
                if (message.cseq != null && $Object.hasOwnProperty.call(message, "cseq"))
                    object.cseq = message.cseq;
                if (message.terminated != null && $Object.hasOwnProperty.call(message, "terminated"))
                    object.terminated = message.terminated;
                if (message.meta != null && $Object.hasOwnProperty.call(message, "meta"))
                    object.meta = $root.presence.v1.EventMeta.toObject(message.meta, options, _depth + 1);
                return object;
            };

            /**
             * Converts this NotifyReplyEvent to JSON.
             * @function toJSON
             * @memberof presence.v1.NotifyReplyEvent
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            NotifyReplyEvent.prototype.toJSON = function() {
                return NotifyReplyEvent.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for NotifyReplyEvent
             * @function getTypeUrl
             * @memberof presence.v1.NotifyReplyEvent
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            NotifyReplyEvent.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/presence.v1.NotifyReplyEvent";
            };

            return NotifyReplyEvent;
        })();

        v1.Publication = (function() {

            /**
             * Properties of a Publication.
             * @typedef {Object} presence.v1.Publication.$Properties
             * @property {string|null} [presentity] Canonical presentity "user@host".
             * @property {string|null} [event] Event package with its parameters, e.g. "presence".
             * @property {string|null} [etag] Entity tag issued for the publication (RFC 3903 SIP-ETag).
             * @property {number|Long|null} [expiresAt] When the publication expires, epoch milliseconds.
             * @property {number|Long|null} [receivedAt] When the PUBLISH that created or last refreshed it was received, epoch milliseconds.
             * @property {string|null} [contentType] Content-Type of the body; absent when the PUBLISH carried none.
             * @property {Uint8Array|null} [body] The published document, byte-exact; absent for a body-less publication.
             * @property {string|null} [sender] Sender URI excluded from the NOTIFYs of this change; absent when none.
             * @property {number|Long|null} [priority] Aggregation priority (xavp_cfg priority).
             * @property {string|null} [callId] Call-ID of the PUBLISH that created it; absent when unknown.
             * @property {number|null} [version] Document version counter kept by the event package; absent when unused.
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Publication.
             * @memberof presence.v1
             * @interface IPublication
             * @augments presence.v1.Publication.$Properties
             * @deprecated Use presence.v1.Publication.$Properties instead.
             */

            /**
             * Shape of a Publication.
             * @typedef {presence.v1.Publication.$Properties} presence.v1.Publication.$Shape
             */

            /**
             * Constructs a new Publication.
             * @memberof presence.v1
             * @classdesc One PUBLISHed document, stored per ETag.
             * @constructor
             * @param {presence.v1.Publication.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Publication = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Canonical presentity "user@host".
             * @member {string} presentity
             * @memberof presence.v1.Publication
             * @instance
             */
            Publication.prototype.presentity = "";

            /**
             * Event package with its parameters, e.g. "presence".
             * @member {string} event
             * @memberof presence.v1.Publication
             * @instance
             */
            Publication.prototype.event = "";

            /**
             * Entity tag issued for the publication (RFC 3903 SIP-ETag).
             * @member {string} etag
             * @memberof presence.v1.Publication
             * @instance
             */
            Publication.prototype.etag = "";

            /**
             * When the publication expires, epoch milliseconds.
             * @member {number|Long} expiresAt
             * @memberof presence.v1.Publication
             * @instance
             */
            Publication.prototype.expiresAt = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * When the PUBLISH that created or last refreshed it was received, epoch milliseconds.
             * @member {number|Long} receivedAt
             * @memberof presence.v1.Publication
             * @instance
             */
            Publication.prototype.receivedAt = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Content-Type of the body; absent when the PUBLISH carried none.
             * @member {string|null|undefined} contentType
             * @memberof presence.v1.Publication
             * @instance
             */
            Publication.prototype.contentType = null;

            /**
             * The published document, byte-exact; absent for a body-less publication.
             * @member {Uint8Array|null|undefined} body
             * @memberof presence.v1.Publication
             * @instance
             */
            Publication.prototype.body = null;

            /**
             * Sender URI excluded from the NOTIFYs of this change; absent when none.
             * @member {string|null|undefined} sender
             * @memberof presence.v1.Publication
             * @instance
             */
            Publication.prototype.sender = null;

            /**
             * Aggregation priority (xavp_cfg priority).
             * @member {number|Long} priority
             * @memberof presence.v1.Publication
             * @instance
             */
            Publication.prototype.priority = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Call-ID of the PUBLISH that created it; absent when unknown.
             * @member {string|null|undefined} callId
             * @memberof presence.v1.Publication
             * @instance
             */
            Publication.prototype.callId = null;

            /**
             * Document version counter kept by the event package; absent when unused.
             * @member {number|null|undefined} version
             * @memberof presence.v1.Publication
             * @instance
             */
            Publication.prototype.version = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Publication.prototype, "_contentType", {
                get: $util.oneOfGetter($oneOfFields = ["contentType"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Publication.prototype, "_body", {
                get: $util.oneOfGetter($oneOfFields = ["body"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Publication.prototype, "_sender", {
                get: $util.oneOfGetter($oneOfFields = ["sender"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Publication.prototype, "_callId", {
                get: $util.oneOfGetter($oneOfFields = ["callId"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Publication.prototype, "_version", {
                get: $util.oneOfGetter($oneOfFields = ["version"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Publication instance using the specified properties.
             * @function create
             * @memberof presence.v1.Publication
             * @static
             * @param {presence.v1.Publication.$Properties=} [properties] Properties to set
             * @returns {presence.v1.Publication} Publication instance
             * @type {{
             *   (properties: presence.v1.Publication.$Shape): presence.v1.Publication & presence.v1.Publication.$Shape;
             *   (properties?: presence.v1.Publication.$Properties): presence.v1.Publication;
             * }}
             */
            Publication.create = function(properties) {
                return new Publication(properties);
            };

            /**
             * Encodes the specified Publication message. Does not implicitly {@link presence.v1.Publication.verify|verify} messages.
             * @function encode
             * @memberof presence.v1.Publication
             * @static
             * @param {presence.v1.Publication.$Properties} message Publication message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Publication.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.presentity != null && $Object.hasOwnProperty.call(message, "presentity") && message.presentity !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.presentity);
                if (message.event != null && $Object.hasOwnProperty.call(message, "event") && message.event !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.event);
                if (message.etag != null && $Object.hasOwnProperty.call(message, "etag") && message.etag !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.etag);
                if (message.expiresAt != null && $Object.hasOwnProperty.call(message, "expiresAt") && (typeof message.expiresAt === "object" ? message.expiresAt.low || message.expiresAt.high : message.expiresAt !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.expiresAt);
                if (message.receivedAt != null && $Object.hasOwnProperty.call(message, "receivedAt") && (typeof message.receivedAt === "object" ? message.receivedAt.low || message.receivedAt.high : message.receivedAt !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).int64(message.receivedAt);
                if (message.contentType != null && $Object.hasOwnProperty.call(message, "contentType"))
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.contentType);
                if (message.body != null && $Object.hasOwnProperty.call(message, "body"))
                    writer.uint32(/* id 7, wireType 2 =*/58).bytes(message.body);
                if (message.sender != null && $Object.hasOwnProperty.call(message, "sender"))
                    writer.uint32(/* id 8, wireType 2 =*/66).string(message.sender);
                if (message.priority != null && $Object.hasOwnProperty.call(message, "priority") && (typeof message.priority === "object" ? message.priority.low || message.priority.high : message.priority !== 0))
                    writer.uint32(/* id 9, wireType 0 =*/72).int64(message.priority);
                if (message.callId != null && $Object.hasOwnProperty.call(message, "callId"))
                    writer.uint32(/* id 10, wireType 2 =*/82).string(message.callId);
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    writer.uint32(/* id 11, wireType 0 =*/88).uint32(message.version);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Publication message, length delimited. Does not implicitly {@link presence.v1.Publication.verify|verify} messages.
             * @function encodeDelimited
             * @memberof presence.v1.Publication
             * @static
             * @param {presence.v1.Publication.$Properties} message Publication message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Publication.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Publication message from the specified reader or buffer.
             * @function decode
             * @memberof presence.v1.Publication
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {presence.v1.Publication & presence.v1.Publication.$Shape} Publication
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Publication.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.presence.v1.Publication();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.presentity = value;
                            else
                                delete message.presentity;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.event = value;
                            else
                                delete message.event;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.etag = value;
                            else
                                delete message.etag;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.expiresAt = value;
                            else
                                delete message.expiresAt;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.receivedAt = value;
                            else
                                delete message.receivedAt;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.contentType = reader.stringVerify();
                            message._contentType = "contentType";
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.body = reader.bytes();
                            message._body = "body";
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            message.sender = reader.stringVerify();
                            message._sender = "sender";
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.priority = value;
                            else
                                delete message.priority;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.callId = reader.stringVerify();
                            message._callId = "callId";
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            message.version = reader.uint32();
                            message._version = "version";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Publication message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof presence.v1.Publication
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {presence.v1.Publication & presence.v1.Publication.$Shape} Publication
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Publication.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Publication message.
             * @function verify
             * @memberof presence.v1.Publication
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Publication.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.presentity != null && $Object.hasOwnProperty.call(message, "presentity"))
                    if (!$util.isString(message.presentity))
                        return "presentity: string expected";
                if (message.event != null && $Object.hasOwnProperty.call(message, "event"))
                    if (!$util.isString(message.event))
                        return "event: string expected";
                if (message.etag != null && $Object.hasOwnProperty.call(message, "etag"))
                    if (!$util.isString(message.etag))
                        return "etag: string expected";
                if (message.expiresAt != null && $Object.hasOwnProperty.call(message, "expiresAt"))
                    if (!$util.isInteger(message.expiresAt) && !(message.expiresAt && $util.isInteger(message.expiresAt.low) && $util.isInteger(message.expiresAt.high)))
                        return "expiresAt: integer|Long expected";
                if (message.receivedAt != null && $Object.hasOwnProperty.call(message, "receivedAt"))
                    if (!$util.isInteger(message.receivedAt) && !(message.receivedAt && $util.isInteger(message.receivedAt.low) && $util.isInteger(message.receivedAt.high)))
                        return "receivedAt: integer|Long expected";
                if (message.contentType != null && $Object.hasOwnProperty.call(message, "contentType")) {
                    properties._contentType = 1;
                    if (!$util.isString(message.contentType))
                        return "contentType: string expected";
                }
                if (message.body != null && $Object.hasOwnProperty.call(message, "body")) {
                    properties._body = 1;
                    if (!(message.body && typeof message.body.length === "number" || $util.isString(message.body)))
                        return "body: buffer expected";
                }
                if (message.sender != null && $Object.hasOwnProperty.call(message, "sender")) {
                    properties._sender = 1;
                    if (!$util.isString(message.sender))
                        return "sender: string expected";
                }
                if (message.priority != null && $Object.hasOwnProperty.call(message, "priority"))
                    if (!$util.isInteger(message.priority) && !(message.priority && $util.isInteger(message.priority.low) && $util.isInteger(message.priority.high)))
                        return "priority: integer|Long expected";
                if (message.callId != null && $Object.hasOwnProperty.call(message, "callId")) {
                    properties._callId = 1;
                    if (!$util.isString(message.callId))
                        return "callId: string expected";
                }
                if (message.version != null && $Object.hasOwnProperty.call(message, "version")) {
                    properties._version = 1;
                    if (!$util.isInteger(message.version))
                        return "version: integer expected";
                }
                return null;
            };

            /**
             * Creates a Publication message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof presence.v1.Publication
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {presence.v1.Publication} Publication
             */
            Publication.fromObject = function (object, _depth) {
                if (object instanceof $root.presence.v1.Publication)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".presence.v1.Publication: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.presence.v1.Publication();
                if (object.presentity != null)
                    if (typeof object.presentity !== "string" || object.presentity.length)
                        message.presentity = $String(object.presentity);
                if (object.event != null)
                    if (typeof object.event !== "string" || object.event.length)
                        message.event = $String(object.event);
                if (object.etag != null)
                    if (typeof object.etag !== "string" || object.etag.length)
                        message.etag = $String(object.etag);
                if (object.expiresAt != null)
                    if (typeof object.expiresAt === "object" ? object.expiresAt.low || object.expiresAt.high : $Number(object.expiresAt) !== 0)
                        if ($util.Long)
                            message.expiresAt = $util.Long.fromValue(object.expiresAt, false);
                        else if (typeof object.expiresAt === "string")
                            message.expiresAt = $parseInt(object.expiresAt, 10);
                        else if (typeof object.expiresAt === "number")
                            message.expiresAt = object.expiresAt;
                        else if (typeof object.expiresAt === "object")
                            message.expiresAt = new $util.LongBits(object.expiresAt.low >>> 0, object.expiresAt.high >>> 0).toNumber();
                if (object.receivedAt != null)
                    if (typeof object.receivedAt === "object" ? object.receivedAt.low || object.receivedAt.high : $Number(object.receivedAt) !== 0)
                        if ($util.Long)
                            message.receivedAt = $util.Long.fromValue(object.receivedAt, false);
                        else if (typeof object.receivedAt === "string")
                            message.receivedAt = $parseInt(object.receivedAt, 10);
                        else if (typeof object.receivedAt === "number")
                            message.receivedAt = object.receivedAt;
                        else if (typeof object.receivedAt === "object")
                            message.receivedAt = new $util.LongBits(object.receivedAt.low >>> 0, object.receivedAt.high >>> 0).toNumber();
                if (object.contentType != null)
                    message.contentType = $String(object.contentType);
                if (object.body != null)
                    if (typeof object.body === "string")
                        $util.base64.decode(object.body, message.body = $util.newBuffer($util.base64.length(object.body)), 0);
                    else if (object.body.length >= 0)
                        message.body = object.body;
                if (object.sender != null)
                    message.sender = $String(object.sender);
                if (object.priority != null)
                    if (typeof object.priority === "object" ? object.priority.low || object.priority.high : $Number(object.priority) !== 0)
                        if ($util.Long)
                            message.priority = $util.Long.fromValue(object.priority, false);
                        else if (typeof object.priority === "string")
                            message.priority = $parseInt(object.priority, 10);
                        else if (typeof object.priority === "number")
                            message.priority = object.priority;
                        else if (typeof object.priority === "object")
                            message.priority = new $util.LongBits(object.priority.low >>> 0, object.priority.high >>> 0).toNumber();
                if (object.callId != null)
                    message.callId = $String(object.callId);
                if (object.version != null)
                    message.version = object.version >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a Publication message. Also converts values to other types if specified.
             * @function toObject
             * @memberof presence.v1.Publication
             * @static
             * @param {presence.v1.Publication} message Publication
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Publication.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.presentity = "";
                    object.event = "";
                    object.etag = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.expiresAt = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.expiresAt = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.receivedAt = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.receivedAt = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.priority = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.priority = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.presentity != null && $Object.hasOwnProperty.call(message, "presentity"))
                    object.presentity = message.presentity;
                if (message.event != null && $Object.hasOwnProperty.call(message, "event"))
                    object.event = message.event;
                if (message.etag != null && $Object.hasOwnProperty.call(message, "etag"))
                    object.etag = message.etag;
                if (message.expiresAt != null && $Object.hasOwnProperty.call(message, "expiresAt"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.expiresAt = typeof message.expiresAt === "number" ? $BigInt(message.expiresAt) : $util.Long.fromBits(message.expiresAt.low >>> 0, message.expiresAt.high >>> 0, false).toBigInt();
                    else if (typeof message.expiresAt === "number")
                        object.expiresAt = options.longs === $String ? $String(message.expiresAt) : message.expiresAt;
                    else
                        object.expiresAt = options.longs === $String ? $util.Long.prototype.toString.call(message.expiresAt) : options.longs === $Number ? new $util.LongBits(message.expiresAt.low >>> 0, message.expiresAt.high >>> 0).toNumber() : message.expiresAt;
                if (message.receivedAt != null && $Object.hasOwnProperty.call(message, "receivedAt"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.receivedAt = typeof message.receivedAt === "number" ? $BigInt(message.receivedAt) : $util.Long.fromBits(message.receivedAt.low >>> 0, message.receivedAt.high >>> 0, false).toBigInt();
                    else if (typeof message.receivedAt === "number")
                        object.receivedAt = options.longs === $String ? $String(message.receivedAt) : message.receivedAt;
                    else
                        object.receivedAt = options.longs === $String ? $util.Long.prototype.toString.call(message.receivedAt) : options.longs === $Number ? new $util.LongBits(message.receivedAt.low >>> 0, message.receivedAt.high >>> 0).toNumber() : message.receivedAt;
                if (message.contentType != null && $Object.hasOwnProperty.call(message, "contentType"))
                    object.contentType = message.contentType;
                if (message.body != null && $Object.hasOwnProperty.call(message, "body"))
                    object.body = options.bytes === $String ? $util.base64.encode(message.body, 0, message.body.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.body) : message.body;
                if (message.sender != null && $Object.hasOwnProperty.call(message, "sender"))
                    object.sender = message.sender;
                if (message.priority != null && $Object.hasOwnProperty.call(message, "priority"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.priority = typeof message.priority === "number" ? $BigInt(message.priority) : $util.Long.fromBits(message.priority.low >>> 0, message.priority.high >>> 0, false).toBigInt();
                    else if (typeof message.priority === "number")
                        object.priority = options.longs === $String ? $String(message.priority) : message.priority;
                    else
                        object.priority = options.longs === $String ? $util.Long.prototype.toString.call(message.priority) : options.longs === $Number ? new $util.LongBits(message.priority.low >>> 0, message.priority.high >>> 0).toNumber() : message.priority;
                if (message.callId != null && $Object.hasOwnProperty.call(message, "callId"))
                    object.callId = message.callId;
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    object.version = message.version;
                return object;
            };

            /**
             * Converts this Publication to JSON.
             * @function toJSON
             * @memberof presence.v1.Publication
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Publication.prototype.toJSON = function() {
                return Publication.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Publication
             * @function getTypeUrl
             * @memberof presence.v1.Publication
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Publication.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/presence.v1.Publication";
            };

            return Publication;
        })();

        /**
         * What happened to a publication.
         * @name presence.v1.PublicationEventKind
         * @enum {number}
         * @property {number} PUBLICATION_EVENT_KIND_UNSPECIFIED=0 Never sent; a decoder rejects it.
         * @property {number} PUBLICATION_EVENT_KIND_STORED=1 Created, refreshed or modified by a PUBLISH.
         * @property {number} PUBLICATION_EVENT_KIND_REMOVED=2 Removed by a PUBLISH with Expires: 0 or by the management API.
         * @property {number} PUBLICATION_EVENT_KIND_EXPIRED=3 Expired and swept.
         */
        v1.PublicationEventKind = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "PUBLICATION_EVENT_KIND_UNSPECIFIED"] = 0;
            values[valuesById[1] = "PUBLICATION_EVENT_KIND_STORED"] = 1;
            values[valuesById[2] = "PUBLICATION_EVENT_KIND_REMOVED"] = 2;
            values[valuesById[3] = "PUBLICATION_EVENT_KIND_EXPIRED"] = 3;
            return values;
        })();

        v1.PublicationEvent = (function() {

            /**
             * Properties of a PublicationEvent.
             * @typedef {Object} presence.v1.PublicationEvent.$Properties
             * @property {presence.v1.PublicationEventKind|null} [kind] What happened.
             * @property {presence.v1.Publication.$Properties|null} [publication] The publication after the change (as it was, for removed and expired).
             * @property {presence.v1.EventMeta.$Properties|null} [meta] Event id, time and producer.
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PublicationEvent.
             * @memberof presence.v1
             * @interface IPublicationEvent
             * @augments presence.v1.PublicationEvent.$Properties
             * @deprecated Use presence.v1.PublicationEvent.$Properties instead.
             */

            /**
             * Shape of a PublicationEvent.
             * @typedef {presence.v1.PublicationEvent.$Properties} presence.v1.PublicationEvent.$Shape
             */

            /**
             * Constructs a new PublicationEvent.
             * @memberof presence.v1
             * @classdesc A publication was stored, removed or expired.
             * Subject: <prefix>.events.publication (JetStream).
             * @constructor
             * @param {presence.v1.PublicationEvent.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PublicationEvent = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * What happened.
             * @member {presence.v1.PublicationEventKind} kind
             * @memberof presence.v1.PublicationEvent
             * @instance
             */
            PublicationEvent.prototype.kind = 0;

            /**
             * The publication after the change (as it was, for removed and expired).
             * @member {presence.v1.Publication.$Properties|null|undefined} publication
             * @memberof presence.v1.PublicationEvent
             * @instance
             */
            PublicationEvent.prototype.publication = null;

            /**
             * Event id, time and producer.
             * @member {presence.v1.EventMeta.$Properties|null|undefined} meta
             * @memberof presence.v1.PublicationEvent
             * @instance
             */
            PublicationEvent.prototype.meta = null;

            /**
             * Creates a new PublicationEvent instance using the specified properties.
             * @function create
             * @memberof presence.v1.PublicationEvent
             * @static
             * @param {presence.v1.PublicationEvent.$Properties=} [properties] Properties to set
             * @returns {presence.v1.PublicationEvent} PublicationEvent instance
             * @type {{
             *   (properties: presence.v1.PublicationEvent.$Shape): presence.v1.PublicationEvent & presence.v1.PublicationEvent.$Shape;
             *   (properties?: presence.v1.PublicationEvent.$Properties): presence.v1.PublicationEvent;
             * }}
             */
            PublicationEvent.create = function(properties) {
                return new PublicationEvent(properties);
            };

            /**
             * Encodes the specified PublicationEvent message. Does not implicitly {@link presence.v1.PublicationEvent.verify|verify} messages.
             * @function encode
             * @memberof presence.v1.PublicationEvent
             * @static
             * @param {presence.v1.PublicationEvent.$Properties} message PublicationEvent message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PublicationEvent.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.kind);
                if (message.publication != null && $Object.hasOwnProperty.call(message, "publication"))
                    $root.presence.v1.Publication.encode(message.publication, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.meta != null && $Object.hasOwnProperty.call(message, "meta"))
                    $root.presence.v1.EventMeta.encode(message.meta, writer.uint32(/* id 15, wireType 2 =*/122).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified PublicationEvent message, length delimited. Does not implicitly {@link presence.v1.PublicationEvent.verify|verify} messages.
             * @function encodeDelimited
             * @memberof presence.v1.PublicationEvent
             * @static
             * @param {presence.v1.PublicationEvent.$Properties} message PublicationEvent message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PublicationEvent.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a PublicationEvent message from the specified reader or buffer.
             * @function decode
             * @memberof presence.v1.PublicationEvent
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {presence.v1.PublicationEvent & presence.v1.PublicationEvent.$Shape} PublicationEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PublicationEvent.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.presence.v1.PublicationEvent();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.publication = $root.presence.v1.Publication.decode(reader, reader.size(), $undefined, _depth + 1, message.publication);
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            message.meta = $root.presence.v1.EventMeta.decode(reader, reader.size(), $undefined, _depth + 1, message.meta);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a PublicationEvent message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof presence.v1.PublicationEvent
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {presence.v1.PublicationEvent & presence.v1.PublicationEvent.$Shape} PublicationEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PublicationEvent.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a PublicationEvent message.
             * @function verify
             * @memberof presence.v1.PublicationEvent
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            PublicationEvent.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    if (typeof message.kind !== "number" || (message.kind | 0) !== message.kind)
                        return "kind: enum value expected";
                if (message.publication != null && $Object.hasOwnProperty.call(message, "publication")) {
                    let error = $root.presence.v1.Publication.verify(message.publication, _depth + 1);
                    if (error)
                        return "publication." + error;
                }
                if (message.meta != null && $Object.hasOwnProperty.call(message, "meta")) {
                    let error = $root.presence.v1.EventMeta.verify(message.meta, _depth + 1);
                    if (error)
                        return "meta." + error;
                }
                return null;
            };

            /**
             * Creates a PublicationEvent message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof presence.v1.PublicationEvent
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {presence.v1.PublicationEvent} PublicationEvent
             */
            PublicationEvent.fromObject = function (object, _depth) {
                if (object instanceof $root.presence.v1.PublicationEvent)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".presence.v1.PublicationEvent: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.presence.v1.PublicationEvent();
                if (object.kind !== 0 && (typeof object.kind !== "string" || $root.presence.v1.PublicationEventKind[object.kind] !== 0))
                    switch (object.kind) {
                    case "PUBLICATION_EVENT_KIND_UNSPECIFIED":
                    case 0:
                        message.kind = 0;
                        break;
                    case "PUBLICATION_EVENT_KIND_STORED":
                    case 1:
                        message.kind = 1;
                        break;
                    case "PUBLICATION_EVENT_KIND_REMOVED":
                    case 2:
                        message.kind = 2;
                        break;
                    case "PUBLICATION_EVENT_KIND_EXPIRED":
                    case 3:
                        message.kind = 3;
                        break;
                    default:
                        if (typeof object.kind === "number" && (object.kind | 0) === object.kind)
                            message.kind = object.kind;
                    }
                if (object.publication != null) {
                    if (!$util.isObject(object.publication))
                        throw $TypeError(".presence.v1.PublicationEvent.publication: object expected");
                    message.publication = $root.presence.v1.Publication.fromObject(object.publication, _depth + 1);
                }
                if (object.meta != null) {
                    if (!$util.isObject(object.meta))
                        throw $TypeError(".presence.v1.PublicationEvent.meta: object expected");
                    message.meta = $root.presence.v1.EventMeta.fromObject(object.meta, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a PublicationEvent message. Also converts values to other types if specified.
             * @function toObject
             * @memberof presence.v1.PublicationEvent
             * @static
             * @param {presence.v1.PublicationEvent} message PublicationEvent
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PublicationEvent.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.kind = options.enums === $String ? "PUBLICATION_EVENT_KIND_UNSPECIFIED" : 0;
                    object.publication = null;
                    object.meta = null;
                }
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    object.kind = options.enums === $String ? $root.presence.v1.PublicationEventKind[message.kind] === $undefined ? message.kind : $root.presence.v1.PublicationEventKind[message.kind] : message.kind;
                if (message.publication != null && $Object.hasOwnProperty.call(message, "publication"))
                    object.publication = $root.presence.v1.Publication.toObject(message.publication, options, _depth + 1);
                if (message.meta != null && $Object.hasOwnProperty.call(message, "meta"))
                    object.meta = $root.presence.v1.EventMeta.toObject(message.meta, options, _depth + 1);
                return object;
            };

            /**
             * Converts this PublicationEvent to JSON.
             * @function toJSON
             * @memberof presence.v1.PublicationEvent
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PublicationEvent.prototype.toJSON = function() {
                return PublicationEvent.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PublicationEvent
             * @function getTypeUrl
             * @memberof presence.v1.PublicationEvent
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PublicationEvent.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/presence.v1.PublicationEvent";
            };

            return PublicationEvent;
        })();

        v1.PublishRequest = (function() {

            /**
             * Properties of a PublishRequest.
             * @typedef {Object} presence.v1.PublishRequest.$Properties
             * @property {string|null} [presentityUri] The resource: the Request-URI (RFC 3903 4), or the To URI when the Request-URI has no user.
             * @property {presence.v1.EventRef.$Properties|null} [event] The Event header; absent when the request had none.
             * @property {number|null} [expires] Expires header in seconds; absent when the request had none.
             * @property {string|null} [ifMatch] SIP-If-Match header (RFC 3903 4.1); absent for an initial publication.
             * @property {string|null} [contentType] Content-Type of the body; absent when the request had none.
             * @property {Uint8Array|null} [body] The body, byte-exact (empty for a refresh).
             * @property {string|null} [sender] handle_publish(sender_uri): this watcher gets no NOTIFY for the change; absent = nobody skipped.
             * @property {number|Long|null} [priority] xavp_cfg priority of the document; absent = ordered by received time.
             * @property {string|null} [callId] Call-ID of the PUBLISH.
             * @property {presence.v1.PeerInfo.$Properties|null} [source] Where the PUBLISH came from.
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PublishRequest.
             * @memberof presence.v1
             * @interface IPublishRequest
             * @augments presence.v1.PublishRequest.$Properties
             * @deprecated Use presence.v1.PublishRequest.$Properties instead.
             */

            /**
             * Shape of a PublishRequest.
             * @typedef {presence.v1.PublishRequest.$Properties} presence.v1.PublishRequest.$Shape
             */

            /**
             * Constructs a new PublishRequest.
             * @memberof presence.v1
             * @classdesc A PUBLISH, parsed and validated by the edge.
             * Subject: <prefix>.presentity.publish (request/reply, queue group "presentity").
             * @constructor
             * @param {presence.v1.PublishRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PublishRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * The resource: the Request-URI (RFC 3903 4), or the To URI when the Request-URI has no user.
             * @member {string} presentityUri
             * @memberof presence.v1.PublishRequest
             * @instance
             */
            PublishRequest.prototype.presentityUri = "";

            /**
             * The Event header; absent when the request had none.
             * @member {presence.v1.EventRef.$Properties|null|undefined} event
             * @memberof presence.v1.PublishRequest
             * @instance
             */
            PublishRequest.prototype.event = null;

            /**
             * Expires header in seconds; absent when the request had none.
             * @member {number|null|undefined} expires
             * @memberof presence.v1.PublishRequest
             * @instance
             */
            PublishRequest.prototype.expires = null;

            /**
             * SIP-If-Match header (RFC 3903 4.1); absent for an initial publication.
             * @member {string|null|undefined} ifMatch
             * @memberof presence.v1.PublishRequest
             * @instance
             */
            PublishRequest.prototype.ifMatch = null;

            /**
             * Content-Type of the body; absent when the request had none.
             * @member {string|null|undefined} contentType
             * @memberof presence.v1.PublishRequest
             * @instance
             */
            PublishRequest.prototype.contentType = null;

            /**
             * The body, byte-exact (empty for a refresh).
             * @member {Uint8Array} body
             * @memberof presence.v1.PublishRequest
             * @instance
             */
            PublishRequest.prototype.body = $util.newBuffer([]);

            /**
             * handle_publish(sender_uri): this watcher gets no NOTIFY for the change; absent = nobody skipped.
             * @member {string|null|undefined} sender
             * @memberof presence.v1.PublishRequest
             * @instance
             */
            PublishRequest.prototype.sender = null;

            /**
             * xavp_cfg priority of the document; absent = ordered by received time.
             * @member {number|Long|null|undefined} priority
             * @memberof presence.v1.PublishRequest
             * @instance
             */
            PublishRequest.prototype.priority = null;

            /**
             * Call-ID of the PUBLISH.
             * @member {string} callId
             * @memberof presence.v1.PublishRequest
             * @instance
             */
            PublishRequest.prototype.callId = "";

            /**
             * Where the PUBLISH came from.
             * @member {presence.v1.PeerInfo.$Properties|null|undefined} source
             * @memberof presence.v1.PublishRequest
             * @instance
             */
            PublishRequest.prototype.source = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(PublishRequest.prototype, "_expires", {
                get: $util.oneOfGetter($oneOfFields = ["expires"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(PublishRequest.prototype, "_ifMatch", {
                get: $util.oneOfGetter($oneOfFields = ["ifMatch"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(PublishRequest.prototype, "_contentType", {
                get: $util.oneOfGetter($oneOfFields = ["contentType"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(PublishRequest.prototype, "_sender", {
                get: $util.oneOfGetter($oneOfFields = ["sender"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(PublishRequest.prototype, "_priority", {
                get: $util.oneOfGetter($oneOfFields = ["priority"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new PublishRequest instance using the specified properties.
             * @function create
             * @memberof presence.v1.PublishRequest
             * @static
             * @param {presence.v1.PublishRequest.$Properties=} [properties] Properties to set
             * @returns {presence.v1.PublishRequest} PublishRequest instance
             * @type {{
             *   (properties: presence.v1.PublishRequest.$Shape): presence.v1.PublishRequest & presence.v1.PublishRequest.$Shape;
             *   (properties?: presence.v1.PublishRequest.$Properties): presence.v1.PublishRequest;
             * }}
             */
            PublishRequest.create = function(properties) {
                return new PublishRequest(properties);
            };

            /**
             * Encodes the specified PublishRequest message. Does not implicitly {@link presence.v1.PublishRequest.verify|verify} messages.
             * @function encode
             * @memberof presence.v1.PublishRequest
             * @static
             * @param {presence.v1.PublishRequest.$Properties} message PublishRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PublishRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.presentityUri != null && $Object.hasOwnProperty.call(message, "presentityUri") && message.presentityUri !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.presentityUri);
                if (message.event != null && $Object.hasOwnProperty.call(message, "event"))
                    $root.presence.v1.EventRef.encode(message.event, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.expires != null && $Object.hasOwnProperty.call(message, "expires"))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.expires);
                if (message.ifMatch != null && $Object.hasOwnProperty.call(message, "ifMatch"))
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.ifMatch);
                if (message.contentType != null && $Object.hasOwnProperty.call(message, "contentType"))
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.contentType);
                if (message.body != null && $Object.hasOwnProperty.call(message, "body") && message.body.length)
                    writer.uint32(/* id 6, wireType 2 =*/50).bytes(message.body);
                if (message.sender != null && $Object.hasOwnProperty.call(message, "sender"))
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.sender);
                if (message.priority != null && $Object.hasOwnProperty.call(message, "priority"))
                    writer.uint32(/* id 8, wireType 0 =*/64).int64(message.priority);
                if (message.callId != null && $Object.hasOwnProperty.call(message, "callId") && message.callId !== "")
                    writer.uint32(/* id 9, wireType 2 =*/74).string(message.callId);
                if (message.source != null && $Object.hasOwnProperty.call(message, "source"))
                    $root.presence.v1.PeerInfo.encode(message.source, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified PublishRequest message, length delimited. Does not implicitly {@link presence.v1.PublishRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof presence.v1.PublishRequest
             * @static
             * @param {presence.v1.PublishRequest.$Properties} message PublishRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PublishRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a PublishRequest message from the specified reader or buffer.
             * @function decode
             * @memberof presence.v1.PublishRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {presence.v1.PublishRequest & presence.v1.PublishRequest.$Shape} PublishRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PublishRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.presence.v1.PublishRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.presentityUri = value;
                            else
                                delete message.presentityUri;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.event = $root.presence.v1.EventRef.decode(reader, reader.size(), $undefined, _depth + 1, message.event);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            message.expires = reader.uint32();
                            message._expires = "expires";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.ifMatch = reader.stringVerify();
                            message._ifMatch = "ifMatch";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.contentType = reader.stringVerify();
                            message._contentType = "contentType";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.body = value;
                            else
                                delete message.body;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.sender = reader.stringVerify();
                            message._sender = "sender";
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            message.priority = reader.int64();
                            message._priority = "priority";
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.callId = value;
                            else
                                delete message.callId;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.source = $root.presence.v1.PeerInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.source);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a PublishRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof presence.v1.PublishRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {presence.v1.PublishRequest & presence.v1.PublishRequest.$Shape} PublishRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PublishRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a PublishRequest message.
             * @function verify
             * @memberof presence.v1.PublishRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            PublishRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.presentityUri != null && $Object.hasOwnProperty.call(message, "presentityUri"))
                    if (!$util.isString(message.presentityUri))
                        return "presentityUri: string expected";
                if (message.event != null && $Object.hasOwnProperty.call(message, "event")) {
                    let error = $root.presence.v1.EventRef.verify(message.event, _depth + 1);
                    if (error)
                        return "event." + error;
                }
                if (message.expires != null && $Object.hasOwnProperty.call(message, "expires")) {
                    properties._expires = 1;
                    if (!$util.isInteger(message.expires))
                        return "expires: integer expected";
                }
                if (message.ifMatch != null && $Object.hasOwnProperty.call(message, "ifMatch")) {
                    properties._ifMatch = 1;
                    if (!$util.isString(message.ifMatch))
                        return "ifMatch: string expected";
                }
                if (message.contentType != null && $Object.hasOwnProperty.call(message, "contentType")) {
                    properties._contentType = 1;
                    if (!$util.isString(message.contentType))
                        return "contentType: string expected";
                }
                if (message.body != null && $Object.hasOwnProperty.call(message, "body"))
                    if (!(message.body && typeof message.body.length === "number" || $util.isString(message.body)))
                        return "body: buffer expected";
                if (message.sender != null && $Object.hasOwnProperty.call(message, "sender")) {
                    properties._sender = 1;
                    if (!$util.isString(message.sender))
                        return "sender: string expected";
                }
                if (message.priority != null && $Object.hasOwnProperty.call(message, "priority")) {
                    properties._priority = 1;
                    if (!$util.isInteger(message.priority) && !(message.priority && $util.isInteger(message.priority.low) && $util.isInteger(message.priority.high)))
                        return "priority: integer|Long expected";
                }
                if (message.callId != null && $Object.hasOwnProperty.call(message, "callId"))
                    if (!$util.isString(message.callId))
                        return "callId: string expected";
                if (message.source != null && $Object.hasOwnProperty.call(message, "source")) {
                    let error = $root.presence.v1.PeerInfo.verify(message.source, _depth + 1);
                    if (error)
                        return "source." + error;
                }
                return null;
            };

            /**
             * Creates a PublishRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof presence.v1.PublishRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {presence.v1.PublishRequest} PublishRequest
             */
            PublishRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.presence.v1.PublishRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".presence.v1.PublishRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.presence.v1.PublishRequest();
                if (object.presentityUri != null)
                    if (typeof object.presentityUri !== "string" || object.presentityUri.length)
                        message.presentityUri = $String(object.presentityUri);
                if (object.event != null) {
                    if (!$util.isObject(object.event))
                        throw $TypeError(".presence.v1.PublishRequest.event: object expected");
                    message.event = $root.presence.v1.EventRef.fromObject(object.event, _depth + 1);
                }
                if (object.expires != null)
                    message.expires = object.expires >>> 0;
                if (object.ifMatch != null)
                    message.ifMatch = $String(object.ifMatch);
                if (object.contentType != null)
                    message.contentType = $String(object.contentType);
                if (object.body != null)
                    if (object.body.length)
                        if (typeof object.body === "string")
                            $util.base64.decode(object.body, message.body = $util.newBuffer($util.base64.length(object.body)), 0);
                        else if (object.body.length >= 0)
                            message.body = object.body;
                if (object.sender != null)
                    message.sender = $String(object.sender);
                if (object.priority != null)
                    if ($util.Long)
                        message.priority = $util.Long.fromValue(object.priority, false);
                    else if (typeof object.priority === "string")
                        message.priority = $parseInt(object.priority, 10);
                    else if (typeof object.priority === "number")
                        message.priority = object.priority;
                    else if (typeof object.priority === "object")
                        message.priority = new $util.LongBits(object.priority.low >>> 0, object.priority.high >>> 0).toNumber();
                if (object.callId != null)
                    if (typeof object.callId !== "string" || object.callId.length)
                        message.callId = $String(object.callId);
                if (object.source != null) {
                    if (!$util.isObject(object.source))
                        throw $TypeError(".presence.v1.PublishRequest.source: object expected");
                    message.source = $root.presence.v1.PeerInfo.fromObject(object.source, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a PublishRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof presence.v1.PublishRequest
             * @static
             * @param {presence.v1.PublishRequest} message PublishRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PublishRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.presentityUri = "";
                    object.event = null;
                    if (options.bytes === $String)
                        object.body = "";
                    else {
                        object.body = [];
                        if (options.bytes !== $Array)
                            object.body = $util.newBuffer(object.body);
                    }
                    object.callId = "";
                    object.source = null;
                }
                if (message.presentityUri != null && $Object.hasOwnProperty.call(message, "presentityUri"))
                    object.presentityUri = message.presentityUri;
                if (message.event != null && $Object.hasOwnProperty.call(message, "event"))
                    object.event = $root.presence.v1.EventRef.toObject(message.event, options, _depth + 1);
                if (message.expires != null && $Object.hasOwnProperty.call(message, "expires"))
                    object.expires = message.expires;
                if (message.ifMatch != null && $Object.hasOwnProperty.call(message, "ifMatch"))
                    object.ifMatch = message.ifMatch;
                if (message.contentType != null && $Object.hasOwnProperty.call(message, "contentType"))
                    object.contentType = message.contentType;
                if (message.body != null && $Object.hasOwnProperty.call(message, "body"))
                    object.body = options.bytes === $String ? $util.base64.encode(message.body, 0, message.body.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.body) : message.body;
                if (message.sender != null && $Object.hasOwnProperty.call(message, "sender"))
                    object.sender = message.sender;
                if (message.priority != null && $Object.hasOwnProperty.call(message, "priority"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.priority = typeof message.priority === "number" ? $BigInt(message.priority) : $util.Long.fromBits(message.priority.low >>> 0, message.priority.high >>> 0, false).toBigInt();
                    else if (typeof message.priority === "number")
                        object.priority = options.longs === $String ? $String(message.priority) : message.priority;
                    else
                        object.priority = options.longs === $String ? $util.Long.prototype.toString.call(message.priority) : options.longs === $Number ? new $util.LongBits(message.priority.low >>> 0, message.priority.high >>> 0).toNumber() : message.priority;
                if (message.callId != null && $Object.hasOwnProperty.call(message, "callId"))
                    object.callId = message.callId;
                if (message.source != null && $Object.hasOwnProperty.call(message, "source"))
                    object.source = $root.presence.v1.PeerInfo.toObject(message.source, options, _depth + 1);
                return object;
            };

            /**
             * Converts this PublishRequest to JSON.
             * @function toJSON
             * @memberof presence.v1.PublishRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PublishRequest.prototype.toJSON = function() {
                return PublishRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PublishRequest
             * @function getTypeUrl
             * @memberof presence.v1.PublishRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PublishRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/presence.v1.PublishRequest";
            };

            return PublishRequest;
        })();

        v1.PublishReply = (function() {

            /**
             * Properties of a PublishReply.
             * @typedef {Object} presence.v1.PublishReply.$Properties
             * @property {presence.v1.SipReply.$Properties|null} [reply] The SIP response to send (200 with SIP-ETag and Expires, 412, 423, 489, ...).
             * @property {presence.v1.PresentityChanged.$Properties|null} [change] The change the PUBLISH caused; absent when nothing changed (e.g. an error reply).
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PublishReply.
             * @memberof presence.v1
             * @interface IPublishReply
             * @augments presence.v1.PublishReply.$Properties
             * @deprecated Use presence.v1.PublishReply.$Properties instead.
             */

            /**
             * Shape of a PublishReply.
             * @typedef {presence.v1.PublishReply.$Properties} presence.v1.PublishReply.$Shape
             */

            /**
             * Constructs a new PublishReply.
             * @memberof presence.v1
             * @classdesc The presentity service's answer to a PublishRequest.
             * @constructor
             * @param {presence.v1.PublishReply.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PublishReply = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * The SIP response to send (200 with SIP-ETag and Expires, 412, 423, 489, ...).
             * @member {presence.v1.SipReply.$Properties|null|undefined} reply
             * @memberof presence.v1.PublishReply
             * @instance
             */
            PublishReply.prototype.reply = null;

            /**
             * The change the PUBLISH caused; absent when nothing changed (e.g. an error reply).
             * @member {presence.v1.PresentityChanged.$Properties|null|undefined} change
             * @memberof presence.v1.PublishReply
             * @instance
             */
            PublishReply.prototype.change = null;

            /**
             * Creates a new PublishReply instance using the specified properties.
             * @function create
             * @memberof presence.v1.PublishReply
             * @static
             * @param {presence.v1.PublishReply.$Properties=} [properties] Properties to set
             * @returns {presence.v1.PublishReply} PublishReply instance
             * @type {{
             *   (properties: presence.v1.PublishReply.$Shape): presence.v1.PublishReply & presence.v1.PublishReply.$Shape;
             *   (properties?: presence.v1.PublishReply.$Properties): presence.v1.PublishReply;
             * }}
             */
            PublishReply.create = function(properties) {
                return new PublishReply(properties);
            };

            /**
             * Encodes the specified PublishReply message. Does not implicitly {@link presence.v1.PublishReply.verify|verify} messages.
             * @function encode
             * @memberof presence.v1.PublishReply
             * @static
             * @param {presence.v1.PublishReply.$Properties} message PublishReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PublishReply.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.reply != null && $Object.hasOwnProperty.call(message, "reply"))
                    $root.presence.v1.SipReply.encode(message.reply, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.change != null && $Object.hasOwnProperty.call(message, "change"))
                    $root.presence.v1.PresentityChanged.encode(message.change, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified PublishReply message, length delimited. Does not implicitly {@link presence.v1.PublishReply.verify|verify} messages.
             * @function encodeDelimited
             * @memberof presence.v1.PublishReply
             * @static
             * @param {presence.v1.PublishReply.$Properties} message PublishReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PublishReply.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a PublishReply message from the specified reader or buffer.
             * @function decode
             * @memberof presence.v1.PublishReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {presence.v1.PublishReply & presence.v1.PublishReply.$Shape} PublishReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PublishReply.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.presence.v1.PublishReply();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.reply = $root.presence.v1.SipReply.decode(reader, reader.size(), $undefined, _depth + 1, message.reply);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.change = $root.presence.v1.PresentityChanged.decode(reader, reader.size(), $undefined, _depth + 1, message.change);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a PublishReply message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof presence.v1.PublishReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {presence.v1.PublishReply & presence.v1.PublishReply.$Shape} PublishReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PublishReply.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a PublishReply message.
             * @function verify
             * @memberof presence.v1.PublishReply
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            PublishReply.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.reply != null && $Object.hasOwnProperty.call(message, "reply")) {
                    let error = $root.presence.v1.SipReply.verify(message.reply, _depth + 1);
                    if (error)
                        return "reply." + error;
                }
                if (message.change != null && $Object.hasOwnProperty.call(message, "change")) {
                    let error = $root.presence.v1.PresentityChanged.verify(message.change, _depth + 1);
                    if (error)
                        return "change." + error;
                }
                return null;
            };

            /**
             * Creates a PublishReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof presence.v1.PublishReply
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {presence.v1.PublishReply} PublishReply
             */
            PublishReply.fromObject = function (object, _depth) {
                if (object instanceof $root.presence.v1.PublishReply)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".presence.v1.PublishReply: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.presence.v1.PublishReply();
                if (object.reply != null) {
                    if (!$util.isObject(object.reply))
                        throw $TypeError(".presence.v1.PublishReply.reply: object expected");
                    message.reply = $root.presence.v1.SipReply.fromObject(object.reply, _depth + 1);
                }
                if (object.change != null) {
                    if (!$util.isObject(object.change))
                        throw $TypeError(".presence.v1.PublishReply.change: object expected");
                    message.change = $root.presence.v1.PresentityChanged.fromObject(object.change, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a PublishReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof presence.v1.PublishReply
             * @static
             * @param {presence.v1.PublishReply} message PublishReply
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PublishReply.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.reply = null;
                    object.change = null;
                }
                if (message.reply != null && $Object.hasOwnProperty.call(message, "reply"))
                    object.reply = $root.presence.v1.SipReply.toObject(message.reply, options, _depth + 1);
                if (message.change != null && $Object.hasOwnProperty.call(message, "change"))
                    object.change = $root.presence.v1.PresentityChanged.toObject(message.change, options, _depth + 1);
                return object;
            };

            /**
             * Converts this PublishReply to JSON.
             * @function toJSON
             * @memberof presence.v1.PublishReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PublishReply.prototype.toJSON = function() {
                return PublishReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PublishReply
             * @function getTypeUrl
             * @memberof presence.v1.PublishReply
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PublishReply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/presence.v1.PublishReply";
            };

            return PublishReply;
        })();

        /**
         * Why the state of a presentity changed.
         * @name presence.v1.ChangeReason
         * @enum {number}
         * @property {number} CHANGE_REASON_UNSPECIFIED=0 Never sent; a decoder rejects it.
         * @property {number} CHANGE_REASON_NEW=1 A new publication was stored.
         * @property {number} CHANGE_REASON_MODIFIED=2 A publication's document was replaced (SIP-If-Match with a body).
         * @property {number} CHANGE_REASON_REMOVED=3 A publication was removed (Expires: 0).
         * @property {number} CHANGE_REASON_EXPIRED=4 A publication expired.
         * @property {number} CHANGE_REASON_REFRESHED=5 A publication was refreshed without a new body.
         */
        v1.ChangeReason = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "CHANGE_REASON_UNSPECIFIED"] = 0;
            values[valuesById[1] = "CHANGE_REASON_NEW"] = 1;
            values[valuesById[2] = "CHANGE_REASON_MODIFIED"] = 2;
            values[valuesById[3] = "CHANGE_REASON_REMOVED"] = 3;
            values[valuesById[4] = "CHANGE_REASON_EXPIRED"] = 4;
            values[valuesById[5] = "CHANGE_REASON_REFRESHED"] = 5;
            return values;
        })();

        v1.PresentityChanged = (function() {

            /**
             * Properties of a PresentityChanged.
             * @typedef {Object} presence.v1.PresentityChanged.$Properties
             * @property {string|null} [presentity] Canonical presentity "user@host".
             * @property {string|null} [presentityUri] Full presentity URI, e.g. "sip:bob@example.com".
             * @property {string|null} [event] Event package of the changed publication, e.g. "presence".
             * @property {presence.v1.ChangeReason|null} [reason] What happened.
             * @property {string|null} [excludeWatcher] Canonical watcher identity to skip (Sender of the PUBLISH); absent = notify everybody.
             * @property {presence.v1.DialogRefs.$Properties|null} [watchers] The presentity's live dialogs of this event, read right after the change was stored (in the
             * same store round trip): the notifier locks these instead of reading them itself. Absent when
             * the producer did not read them (the notifier then does); present and empty when there are none.
             * @property {presence.v1.EventMeta.$Properties|null} [meta] Event id, time and producer; absent inside a PublishReply.
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PresentityChanged.
             * @memberof presence.v1
             * @interface IPresentityChanged
             * @augments presence.v1.PresentityChanged.$Properties
             * @deprecated Use presence.v1.PresentityChanged.$Properties instead.
             */

            /**
             * Shape of a PresentityChanged.
             * @typedef {presence.v1.PresentityChanged.$Properties} presence.v1.PresentityChanged.$Shape
             */

            /**
             * Constructs a new PresentityChanged.
             * @memberof presence.v1
             * @classdesc The published state of a presentity changed: its watchers need a NOTIFY.
             * Subject: <prefix>.events.presentity (JetStream).
             * @constructor
             * @param {presence.v1.PresentityChanged.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PresentityChanged = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Canonical presentity "user@host".
             * @member {string} presentity
             * @memberof presence.v1.PresentityChanged
             * @instance
             */
            PresentityChanged.prototype.presentity = "";

            /**
             * Full presentity URI, e.g. "sip:bob@example.com".
             * @member {string} presentityUri
             * @memberof presence.v1.PresentityChanged
             * @instance
             */
            PresentityChanged.prototype.presentityUri = "";

            /**
             * Event package of the changed publication, e.g. "presence".
             * @member {string} event
             * @memberof presence.v1.PresentityChanged
             * @instance
             */
            PresentityChanged.prototype.event = "";

            /**
             * What happened.
             * @member {presence.v1.ChangeReason} reason
             * @memberof presence.v1.PresentityChanged
             * @instance
             */
            PresentityChanged.prototype.reason = 0;

            /**
             * Canonical watcher identity to skip (Sender of the PUBLISH); absent = notify everybody.
             * @member {string|null|undefined} excludeWatcher
             * @memberof presence.v1.PresentityChanged
             * @instance
             */
            PresentityChanged.prototype.excludeWatcher = null;

            /**
             * The presentity's live dialogs of this event, read right after the change was stored (in the
             * same store round trip): the notifier locks these instead of reading them itself. Absent when
             * the producer did not read them (the notifier then does); present and empty when there are none.
             * @member {presence.v1.DialogRefs.$Properties|null|undefined} watchers
             * @memberof presence.v1.PresentityChanged
             * @instance
             */
            PresentityChanged.prototype.watchers = null;

            /**
             * Event id, time and producer; absent inside a PublishReply.
             * @member {presence.v1.EventMeta.$Properties|null|undefined} meta
             * @memberof presence.v1.PresentityChanged
             * @instance
             */
            PresentityChanged.prototype.meta = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(PresentityChanged.prototype, "_excludeWatcher", {
                get: $util.oneOfGetter($oneOfFields = ["excludeWatcher"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(PresentityChanged.prototype, "_watchers", {
                get: $util.oneOfGetter($oneOfFields = ["watchers"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new PresentityChanged instance using the specified properties.
             * @function create
             * @memberof presence.v1.PresentityChanged
             * @static
             * @param {presence.v1.PresentityChanged.$Properties=} [properties] Properties to set
             * @returns {presence.v1.PresentityChanged} PresentityChanged instance
             * @type {{
             *   (properties: presence.v1.PresentityChanged.$Shape): presence.v1.PresentityChanged & presence.v1.PresentityChanged.$Shape;
             *   (properties?: presence.v1.PresentityChanged.$Properties): presence.v1.PresentityChanged;
             * }}
             */
            PresentityChanged.create = function(properties) {
                return new PresentityChanged(properties);
            };

            /**
             * Encodes the specified PresentityChanged message. Does not implicitly {@link presence.v1.PresentityChanged.verify|verify} messages.
             * @function encode
             * @memberof presence.v1.PresentityChanged
             * @static
             * @param {presence.v1.PresentityChanged.$Properties} message PresentityChanged message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PresentityChanged.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.presentity != null && $Object.hasOwnProperty.call(message, "presentity") && message.presentity !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.presentity);
                if (message.presentityUri != null && $Object.hasOwnProperty.call(message, "presentityUri") && message.presentityUri !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.presentityUri);
                if (message.event != null && $Object.hasOwnProperty.call(message, "event") && message.event !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.event);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).int32(message.reason);
                if (message.excludeWatcher != null && $Object.hasOwnProperty.call(message, "excludeWatcher"))
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.excludeWatcher);
                if (message.watchers != null && $Object.hasOwnProperty.call(message, "watchers"))
                    $root.presence.v1.DialogRefs.encode(message.watchers, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.meta != null && $Object.hasOwnProperty.call(message, "meta"))
                    $root.presence.v1.EventMeta.encode(message.meta, writer.uint32(/* id 15, wireType 2 =*/122).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified PresentityChanged message, length delimited. Does not implicitly {@link presence.v1.PresentityChanged.verify|verify} messages.
             * @function encodeDelimited
             * @memberof presence.v1.PresentityChanged
             * @static
             * @param {presence.v1.PresentityChanged.$Properties} message PresentityChanged message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PresentityChanged.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a PresentityChanged message from the specified reader or buffer.
             * @function decode
             * @memberof presence.v1.PresentityChanged
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {presence.v1.PresentityChanged & presence.v1.PresentityChanged.$Shape} PresentityChanged
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PresentityChanged.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.presence.v1.PresentityChanged();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.presentity = value;
                            else
                                delete message.presentity;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.presentityUri = value;
                            else
                                delete message.presentityUri;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.event = value;
                            else
                                delete message.event;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.excludeWatcher = reader.stringVerify();
                            message._excludeWatcher = "excludeWatcher";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.watchers = $root.presence.v1.DialogRefs.decode(reader, reader.size(), $undefined, _depth + 1, message.watchers);
                            message._watchers = "watchers";
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            message.meta = $root.presence.v1.EventMeta.decode(reader, reader.size(), $undefined, _depth + 1, message.meta);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a PresentityChanged message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof presence.v1.PresentityChanged
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {presence.v1.PresentityChanged & presence.v1.PresentityChanged.$Shape} PresentityChanged
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PresentityChanged.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a PresentityChanged message.
             * @function verify
             * @memberof presence.v1.PresentityChanged
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            PresentityChanged.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.presentity != null && $Object.hasOwnProperty.call(message, "presentity"))
                    if (!$util.isString(message.presentity))
                        return "presentity: string expected";
                if (message.presentityUri != null && $Object.hasOwnProperty.call(message, "presentityUri"))
                    if (!$util.isString(message.presentityUri))
                        return "presentityUri: string expected";
                if (message.event != null && $Object.hasOwnProperty.call(message, "event"))
                    if (!$util.isString(message.event))
                        return "event: string expected";
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    if (typeof message.reason !== "number" || (message.reason | 0) !== message.reason)
                        return "reason: enum value expected";
                if (message.excludeWatcher != null && $Object.hasOwnProperty.call(message, "excludeWatcher")) {
                    properties._excludeWatcher = 1;
                    if (!$util.isString(message.excludeWatcher))
                        return "excludeWatcher: string expected";
                }
                if (message.watchers != null && $Object.hasOwnProperty.call(message, "watchers")) {
                    properties._watchers = 1;
                    {
                        let error = $root.presence.v1.DialogRefs.verify(message.watchers, _depth + 1);
                        if (error)
                            return "watchers." + error;
                    }
                }
                if (message.meta != null && $Object.hasOwnProperty.call(message, "meta")) {
                    let error = $root.presence.v1.EventMeta.verify(message.meta, _depth + 1);
                    if (error)
                        return "meta." + error;
                }
                return null;
            };

            /**
             * Creates a PresentityChanged message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof presence.v1.PresentityChanged
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {presence.v1.PresentityChanged} PresentityChanged
             */
            PresentityChanged.fromObject = function (object, _depth) {
                if (object instanceof $root.presence.v1.PresentityChanged)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".presence.v1.PresentityChanged: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.presence.v1.PresentityChanged();
                if (object.presentity != null)
                    if (typeof object.presentity !== "string" || object.presentity.length)
                        message.presentity = $String(object.presentity);
                if (object.presentityUri != null)
                    if (typeof object.presentityUri !== "string" || object.presentityUri.length)
                        message.presentityUri = $String(object.presentityUri);
                if (object.event != null)
                    if (typeof object.event !== "string" || object.event.length)
                        message.event = $String(object.event);
                if (object.reason !== 0 && (typeof object.reason !== "string" || $root.presence.v1.ChangeReason[object.reason] !== 0))
                    switch (object.reason) {
                    case "CHANGE_REASON_UNSPECIFIED":
                    case 0:
                        message.reason = 0;
                        break;
                    case "CHANGE_REASON_NEW":
                    case 1:
                        message.reason = 1;
                        break;
                    case "CHANGE_REASON_MODIFIED":
                    case 2:
                        message.reason = 2;
                        break;
                    case "CHANGE_REASON_REMOVED":
                    case 3:
                        message.reason = 3;
                        break;
                    case "CHANGE_REASON_EXPIRED":
                    case 4:
                        message.reason = 4;
                        break;
                    case "CHANGE_REASON_REFRESHED":
                    case 5:
                        message.reason = 5;
                        break;
                    default:
                        if (typeof object.reason === "number" && (object.reason | 0) === object.reason)
                            message.reason = object.reason;
                    }
                if (object.excludeWatcher != null)
                    message.excludeWatcher = $String(object.excludeWatcher);
                if (object.watchers != null) {
                    if (!$util.isObject(object.watchers))
                        throw $TypeError(".presence.v1.PresentityChanged.watchers: object expected");
                    message.watchers = $root.presence.v1.DialogRefs.fromObject(object.watchers, _depth + 1);
                }
                if (object.meta != null) {
                    if (!$util.isObject(object.meta))
                        throw $TypeError(".presence.v1.PresentityChanged.meta: object expected");
                    message.meta = $root.presence.v1.EventMeta.fromObject(object.meta, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a PresentityChanged message. Also converts values to other types if specified.
             * @function toObject
             * @memberof presence.v1.PresentityChanged
             * @static
             * @param {presence.v1.PresentityChanged} message PresentityChanged
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PresentityChanged.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.presentity = "";
                    object.presentityUri = "";
                    object.event = "";
                    object.reason = options.enums === $String ? "CHANGE_REASON_UNSPECIFIED" : 0;
                    object.meta = null;
                }
                if (message.presentity != null && $Object.hasOwnProperty.call(message, "presentity"))
                    object.presentity = message.presentity;
                if (message.presentityUri != null && $Object.hasOwnProperty.call(message, "presentityUri"))
                    object.presentityUri = message.presentityUri;
                if (message.event != null && $Object.hasOwnProperty.call(message, "event"))
                    object.event = message.event;
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = options.enums === $String ? $root.presence.v1.ChangeReason[message.reason] === $undefined ? message.reason : $root.presence.v1.ChangeReason[message.reason] : message.reason;
                if (message.excludeWatcher != null && $Object.hasOwnProperty.call(message, "excludeWatcher"))
                    object.excludeWatcher = message.excludeWatcher;
                if (message.watchers != null && $Object.hasOwnProperty.call(message, "watchers"))
                    object.watchers = $root.presence.v1.DialogRefs.toObject(message.watchers, options, _depth + 1);
                if (message.meta != null && $Object.hasOwnProperty.call(message, "meta"))
                    object.meta = $root.presence.v1.EventMeta.toObject(message.meta, options, _depth + 1);
                return object;
            };

            /**
             * Converts this PresentityChanged to JSON.
             * @function toJSON
             * @memberof presence.v1.PresentityChanged
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PresentityChanged.prototype.toJSON = function() {
                return PresentityChanged.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PresentityChanged
             * @function getTypeUrl
             * @memberof presence.v1.PresentityChanged
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PresentityChanged.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/presence.v1.PresentityChanged";
            };

            return PresentityChanged;
        })();

        v1.DialogRefs = (function() {

            /**
             * Properties of a DialogRefs.
             * @typedef {Object} presence.v1.DialogRefs.$Properties
             * @property {Array.<presence.v1.DialogRef.$Properties>|null} [refs] DialogRefs refs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DialogRefs.
             * @memberof presence.v1
             * @interface IDialogRefs
             * @augments presence.v1.DialogRefs.$Properties
             * @deprecated Use presence.v1.DialogRefs.$Properties instead.
             */

            /**
             * Shape of a DialogRefs.
             * @typedef {presence.v1.DialogRefs.$Properties} presence.v1.DialogRefs.$Shape
             */

            /**
             * Constructs a new DialogRefs.
             * @memberof presence.v1
             * @classdesc Subscription dialogs by store key.
             * @constructor
             * @param {presence.v1.DialogRefs.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DialogRefs = function (properties) {
                this.refs = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DialogRefs refs.
             * @member {Array.<presence.v1.DialogRef.$Properties>} refs
             * @memberof presence.v1.DialogRefs
             * @instance
             */
            DialogRefs.prototype.refs = $util.emptyArray;

            /**
             * Creates a new DialogRefs instance using the specified properties.
             * @function create
             * @memberof presence.v1.DialogRefs
             * @static
             * @param {presence.v1.DialogRefs.$Properties=} [properties] Properties to set
             * @returns {presence.v1.DialogRefs} DialogRefs instance
             * @type {{
             *   (properties: presence.v1.DialogRefs.$Shape): presence.v1.DialogRefs & presence.v1.DialogRefs.$Shape;
             *   (properties?: presence.v1.DialogRefs.$Properties): presence.v1.DialogRefs;
             * }}
             */
            DialogRefs.create = function(properties) {
                return new DialogRefs(properties);
            };

            /**
             * Encodes the specified DialogRefs message. Does not implicitly {@link presence.v1.DialogRefs.verify|verify} messages.
             * @function encode
             * @memberof presence.v1.DialogRefs
             * @static
             * @param {presence.v1.DialogRefs.$Properties} message DialogRefs message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DialogRefs.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.refs != null && message.refs.length)
                    for (let i = 0; i < message.refs.length; ++i)
                        $root.presence.v1.DialogRef.encode(message.refs[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified DialogRefs message, length delimited. Does not implicitly {@link presence.v1.DialogRefs.verify|verify} messages.
             * @function encodeDelimited
             * @memberof presence.v1.DialogRefs
             * @static
             * @param {presence.v1.DialogRefs.$Properties} message DialogRefs message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DialogRefs.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a DialogRefs message from the specified reader or buffer.
             * @function decode
             * @memberof presence.v1.DialogRefs
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {presence.v1.DialogRefs & presence.v1.DialogRefs.$Shape} DialogRefs
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DialogRefs.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.presence.v1.DialogRefs();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.refs && message.refs.length))
                                message.refs = [];
                            message.refs.push($root.presence.v1.DialogRef.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a DialogRefs message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof presence.v1.DialogRefs
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {presence.v1.DialogRefs & presence.v1.DialogRefs.$Shape} DialogRefs
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DialogRefs.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a DialogRefs message.
             * @function verify
             * @memberof presence.v1.DialogRefs
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            DialogRefs.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.refs != null && $Object.hasOwnProperty.call(message, "refs")) {
                    if (!$Array.isArray(message.refs))
                        return "refs: array expected";
                    for (let i = 0; i < message.refs.length; ++i) {
                        let error = $root.presence.v1.DialogRef.verify(message.refs[i], _depth + 1);
                        if (error)
                            return "refs." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a DialogRefs message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof presence.v1.DialogRefs
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {presence.v1.DialogRefs} DialogRefs
             */
            DialogRefs.fromObject = function (object, _depth) {
                if (object instanceof $root.presence.v1.DialogRefs)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".presence.v1.DialogRefs: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.presence.v1.DialogRefs();
                if (object.refs) {
                    if (!$Array.isArray(object.refs))
                        throw $TypeError(".presence.v1.DialogRefs.refs: array expected");
                    message.refs = $Array(object.refs.length);
                    for (let i = 0; i < object.refs.length; ++i) {
                        if (!$util.isObject(object.refs[i]))
                            throw $TypeError(".presence.v1.DialogRefs.refs: object expected");
                        message.refs[i] = $root.presence.v1.DialogRef.fromObject(object.refs[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a DialogRefs message. Also converts values to other types if specified.
             * @function toObject
             * @memberof presence.v1.DialogRefs
             * @static
             * @param {presence.v1.DialogRefs} message DialogRefs
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DialogRefs.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.refs = [];
                if (message.refs && message.refs.length) {
                    object.refs = $Array(message.refs.length);
                    for (let j = 0; j < message.refs.length; ++j)
                        object.refs[j] = $root.presence.v1.DialogRef.toObject(message.refs[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this DialogRefs to JSON.
             * @function toJSON
             * @memberof presence.v1.DialogRefs
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DialogRefs.prototype.toJSON = function() {
                return DialogRefs.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for DialogRefs
             * @function getTypeUrl
             * @memberof presence.v1.DialogRefs
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DialogRefs.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/presence.v1.DialogRefs";
            };

            return DialogRefs;
        })();

        v1.DialogRef = (function() {

            /**
             * Properties of a DialogRef.
             * @typedef {Object} presence.v1.DialogRef.$Properties
             * @property {string|null} [slot] presentitySlot of the dialog's presentity.
             * @property {string|null} [id] Subscription id (our To-tag).
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DialogRef.
             * @memberof presence.v1
             * @interface IDialogRef
             * @augments presence.v1.DialogRef.$Properties
             * @deprecated Use presence.v1.DialogRef.$Properties instead.
             */

            /**
             * Shape of a DialogRef.
             * @typedef {presence.v1.DialogRef.$Properties} presence.v1.DialogRef.$Shape
             */

            /**
             * Constructs a new DialogRef.
             * @memberof presence.v1
             * @classdesc Represents a DialogRef.
             * @constructor
             * @param {presence.v1.DialogRef.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DialogRef = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * presentitySlot of the dialog's presentity.
             * @member {string} slot
             * @memberof presence.v1.DialogRef
             * @instance
             */
            DialogRef.prototype.slot = "";

            /**
             * Subscription id (our To-tag).
             * @member {string} id
             * @memberof presence.v1.DialogRef
             * @instance
             */
            DialogRef.prototype.id = "";

            /**
             * Creates a new DialogRef instance using the specified properties.
             * @function create
             * @memberof presence.v1.DialogRef
             * @static
             * @param {presence.v1.DialogRef.$Properties=} [properties] Properties to set
             * @returns {presence.v1.DialogRef} DialogRef instance
             * @type {{
             *   (properties: presence.v1.DialogRef.$Shape): presence.v1.DialogRef & presence.v1.DialogRef.$Shape;
             *   (properties?: presence.v1.DialogRef.$Properties): presence.v1.DialogRef;
             * }}
             */
            DialogRef.create = function(properties) {
                return new DialogRef(properties);
            };

            /**
             * Encodes the specified DialogRef message. Does not implicitly {@link presence.v1.DialogRef.verify|verify} messages.
             * @function encode
             * @memberof presence.v1.DialogRef
             * @static
             * @param {presence.v1.DialogRef.$Properties} message DialogRef message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DialogRef.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.slot != null && $Object.hasOwnProperty.call(message, "slot") && message.slot !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.slot);
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.id);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified DialogRef message, length delimited. Does not implicitly {@link presence.v1.DialogRef.verify|verify} messages.
             * @function encodeDelimited
             * @memberof presence.v1.DialogRef
             * @static
             * @param {presence.v1.DialogRef.$Properties} message DialogRef message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DialogRef.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a DialogRef message from the specified reader or buffer.
             * @function decode
             * @memberof presence.v1.DialogRef
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {presence.v1.DialogRef & presence.v1.DialogRef.$Shape} DialogRef
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DialogRef.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.presence.v1.DialogRef();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.slot = value;
                            else
                                delete message.slot;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a DialogRef message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof presence.v1.DialogRef
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {presence.v1.DialogRef & presence.v1.DialogRef.$Shape} DialogRef
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DialogRef.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a DialogRef message.
             * @function verify
             * @memberof presence.v1.DialogRef
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            DialogRef.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.slot != null && $Object.hasOwnProperty.call(message, "slot"))
                    if (!$util.isString(message.slot))
                        return "slot: string expected";
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    if (!$util.isString(message.id))
                        return "id: string expected";
                return null;
            };

            /**
             * Creates a DialogRef message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof presence.v1.DialogRef
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {presence.v1.DialogRef} DialogRef
             */
            DialogRef.fromObject = function (object, _depth) {
                if (object instanceof $root.presence.v1.DialogRef)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".presence.v1.DialogRef: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.presence.v1.DialogRef();
                if (object.slot != null)
                    if (typeof object.slot !== "string" || object.slot.length)
                        message.slot = $String(object.slot);
                if (object.id != null)
                    if (typeof object.id !== "string" || object.id.length)
                        message.id = $String(object.id);
                return message;
            };

            /**
             * Creates a plain object from a DialogRef message. Also converts values to other types if specified.
             * @function toObject
             * @memberof presence.v1.DialogRef
             * @static
             * @param {presence.v1.DialogRef} message DialogRef
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DialogRef.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.slot = "";
                    object.id = "";
                }
                if (message.slot != null && $Object.hasOwnProperty.call(message, "slot"))
                    object.slot = message.slot;
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                return object;
            };

            /**
             * Converts this DialogRef to JSON.
             * @function toJSON
             * @memberof presence.v1.DialogRef
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DialogRef.prototype.toJSON = function() {
                return DialogRef.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for DialogRef
             * @function getTypeUrl
             * @memberof presence.v1.DialogRef
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DialogRef.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/presence.v1.DialogRef";
            };

            return DialogRef;
        })();

        v1.SubscribeRequest = (function() {

            /**
             * Properties of a SubscribeRequest.
             * @typedef {Object} presence.v1.SubscribeRequest.$Properties
             * @property {string|null} [requestUri] Request-URI.
             * @property {string|null} [fromUri] From URI.
             * @property {string|null} [fromTag] From tag.
             * @property {string|null} [fromDisplayName] From display name; absent when the From header has none.
             * @property {string|null} [toUri] To URI.
             * @property {string|null} [toTag] To tag; absent for a dialog-creating SUBSCRIBE.
             * @property {string|null} [callId] Call-ID.
             * @property {number|null} [cseq] CSeq number.
             * @property {presence.v1.EventRef.$Properties|null} [event] The Event header; absent when the request had none.
             * @property {number|null} [expires] Expires header in seconds; absent when the request had none.
             * @property {presence.v1.StringList.$Properties|null} [accept] Accept header elements; absent when the request had no Accept header.
             * @property {string|null} [contact] Contact URI (the remote target); absent when the request had none.
             * @property {Array.<string>|null} [recordRoute] Record-Route values in the order received (the NOTIFY route set, RFC 3261 12.1.1).
             * @property {string|null} [watcherUri] handle_subscribe(watcher_uri), e.g. from P-Asserted-Identity; absent = the From URI.
             * @property {string|null} [userAgent] User-Agent header; absent when the request had none.
             * @property {presence.v1.PeerInfo.$Properties|null} [source] Where the SUBSCRIBE came from (NOTIFYs of TCP/TLS/WS flows go back through it).
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SubscribeRequest.
             * @memberof presence.v1
             * @interface ISubscribeRequest
             * @augments presence.v1.SubscribeRequest.$Properties
             * @deprecated Use presence.v1.SubscribeRequest.$Properties instead.
             */

            /**
             * Shape of a SubscribeRequest.
             * @typedef {presence.v1.SubscribeRequest.$Properties} presence.v1.SubscribeRequest.$Shape
             */

            /**
             * Constructs a new SubscribeRequest.
             * @memberof presence.v1
             * @classdesc A SUBSCRIBE (initial, refresh, fetch with Expires: 0, or unsubscribe), parsed by the edge.
             * Subject: <prefix>.subscription.subscribe (request/reply, queue group "subscription").
             * @constructor
             * @param {presence.v1.SubscribeRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SubscribeRequest = function (properties) {
                this.recordRoute = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Request-URI.
             * @member {string} requestUri
             * @memberof presence.v1.SubscribeRequest
             * @instance
             */
            SubscribeRequest.prototype.requestUri = "";

            /**
             * From URI.
             * @member {string} fromUri
             * @memberof presence.v1.SubscribeRequest
             * @instance
             */
            SubscribeRequest.prototype.fromUri = "";

            /**
             * From tag.
             * @member {string} fromTag
             * @memberof presence.v1.SubscribeRequest
             * @instance
             */
            SubscribeRequest.prototype.fromTag = "";

            /**
             * From display name; absent when the From header has none.
             * @member {string|null|undefined} fromDisplayName
             * @memberof presence.v1.SubscribeRequest
             * @instance
             */
            SubscribeRequest.prototype.fromDisplayName = null;

            /**
             * To URI.
             * @member {string} toUri
             * @memberof presence.v1.SubscribeRequest
             * @instance
             */
            SubscribeRequest.prototype.toUri = "";

            /**
             * To tag; absent for a dialog-creating SUBSCRIBE.
             * @member {string|null|undefined} toTag
             * @memberof presence.v1.SubscribeRequest
             * @instance
             */
            SubscribeRequest.prototype.toTag = null;

            /**
             * Call-ID.
             * @member {string} callId
             * @memberof presence.v1.SubscribeRequest
             * @instance
             */
            SubscribeRequest.prototype.callId = "";

            /**
             * CSeq number.
             * @member {number} cseq
             * @memberof presence.v1.SubscribeRequest
             * @instance
             */
            SubscribeRequest.prototype.cseq = 0;

            /**
             * The Event header; absent when the request had none.
             * @member {presence.v1.EventRef.$Properties|null|undefined} event
             * @memberof presence.v1.SubscribeRequest
             * @instance
             */
            SubscribeRequest.prototype.event = null;

            /**
             * Expires header in seconds; absent when the request had none.
             * @member {number|null|undefined} expires
             * @memberof presence.v1.SubscribeRequest
             * @instance
             */
            SubscribeRequest.prototype.expires = null;

            /**
             * Accept header elements; absent when the request had no Accept header.
             * @member {presence.v1.StringList.$Properties|null|undefined} accept
             * @memberof presence.v1.SubscribeRequest
             * @instance
             */
            SubscribeRequest.prototype.accept = null;

            /**
             * Contact URI (the remote target); absent when the request had none.
             * @member {string|null|undefined} contact
             * @memberof presence.v1.SubscribeRequest
             * @instance
             */
            SubscribeRequest.prototype.contact = null;

            /**
             * Record-Route values in the order received (the NOTIFY route set, RFC 3261 12.1.1).
             * @member {Array.<string>} recordRoute
             * @memberof presence.v1.SubscribeRequest
             * @instance
             */
            SubscribeRequest.prototype.recordRoute = $util.emptyArray;

            /**
             * handle_subscribe(watcher_uri), e.g. from P-Asserted-Identity; absent = the From URI.
             * @member {string|null|undefined} watcherUri
             * @memberof presence.v1.SubscribeRequest
             * @instance
             */
            SubscribeRequest.prototype.watcherUri = null;

            /**
             * User-Agent header; absent when the request had none.
             * @member {string|null|undefined} userAgent
             * @memberof presence.v1.SubscribeRequest
             * @instance
             */
            SubscribeRequest.prototype.userAgent = null;

            /**
             * Where the SUBSCRIBE came from (NOTIFYs of TCP/TLS/WS flows go back through it).
             * @member {presence.v1.PeerInfo.$Properties|null|undefined} source
             * @memberof presence.v1.SubscribeRequest
             * @instance
             */
            SubscribeRequest.prototype.source = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(SubscribeRequest.prototype, "_fromDisplayName", {
                get: $util.oneOfGetter($oneOfFields = ["fromDisplayName"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(SubscribeRequest.prototype, "_toTag", {
                get: $util.oneOfGetter($oneOfFields = ["toTag"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(SubscribeRequest.prototype, "_expires", {
                get: $util.oneOfGetter($oneOfFields = ["expires"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(SubscribeRequest.prototype, "_contact", {
                get: $util.oneOfGetter($oneOfFields = ["contact"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(SubscribeRequest.prototype, "_watcherUri", {
                get: $util.oneOfGetter($oneOfFields = ["watcherUri"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(SubscribeRequest.prototype, "_userAgent", {
                get: $util.oneOfGetter($oneOfFields = ["userAgent"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new SubscribeRequest instance using the specified properties.
             * @function create
             * @memberof presence.v1.SubscribeRequest
             * @static
             * @param {presence.v1.SubscribeRequest.$Properties=} [properties] Properties to set
             * @returns {presence.v1.SubscribeRequest} SubscribeRequest instance
             * @type {{
             *   (properties: presence.v1.SubscribeRequest.$Shape): presence.v1.SubscribeRequest & presence.v1.SubscribeRequest.$Shape;
             *   (properties?: presence.v1.SubscribeRequest.$Properties): presence.v1.SubscribeRequest;
             * }}
             */
            SubscribeRequest.create = function(properties) {
                return new SubscribeRequest(properties);
            };

            /**
             * Encodes the specified SubscribeRequest message. Does not implicitly {@link presence.v1.SubscribeRequest.verify|verify} messages.
             * @function encode
             * @memberof presence.v1.SubscribeRequest
             * @static
             * @param {presence.v1.SubscribeRequest.$Properties} message SubscribeRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SubscribeRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.requestUri != null && $Object.hasOwnProperty.call(message, "requestUri") && message.requestUri !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.requestUri);
                if (message.fromUri != null && $Object.hasOwnProperty.call(message, "fromUri") && message.fromUri !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.fromUri);
                if (message.fromTag != null && $Object.hasOwnProperty.call(message, "fromTag") && message.fromTag !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.fromTag);
                if (message.fromDisplayName != null && $Object.hasOwnProperty.call(message, "fromDisplayName"))
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.fromDisplayName);
                if (message.toUri != null && $Object.hasOwnProperty.call(message, "toUri") && message.toUri !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.toUri);
                if (message.toTag != null && $Object.hasOwnProperty.call(message, "toTag"))
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.toTag);
                if (message.callId != null && $Object.hasOwnProperty.call(message, "callId") && message.callId !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.callId);
                if (message.cseq != null && $Object.hasOwnProperty.call(message, "cseq") && message.cseq !== 0)
                    writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.cseq);
                if (message.event != null && $Object.hasOwnProperty.call(message, "event"))
                    $root.presence.v1.EventRef.encode(message.event, writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
                if (message.expires != null && $Object.hasOwnProperty.call(message, "expires"))
                    writer.uint32(/* id 10, wireType 0 =*/80).uint32(message.expires);
                if (message.accept != null && $Object.hasOwnProperty.call(message, "accept"))
                    $root.presence.v1.StringList.encode(message.accept, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                if (message.contact != null && $Object.hasOwnProperty.call(message, "contact"))
                    writer.uint32(/* id 12, wireType 2 =*/98).string(message.contact);
                if (message.recordRoute != null && message.recordRoute.length)
                    for (let i = 0; i < message.recordRoute.length; ++i)
                        writer.uint32(/* id 13, wireType 2 =*/106).string(message.recordRoute[i]);
                if (message.watcherUri != null && $Object.hasOwnProperty.call(message, "watcherUri"))
                    writer.uint32(/* id 14, wireType 2 =*/114).string(message.watcherUri);
                if (message.userAgent != null && $Object.hasOwnProperty.call(message, "userAgent"))
                    writer.uint32(/* id 15, wireType 2 =*/122).string(message.userAgent);
                if (message.source != null && $Object.hasOwnProperty.call(message, "source"))
                    $root.presence.v1.PeerInfo.encode(message.source, writer.uint32(/* id 16, wireType 2 =*/130).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified SubscribeRequest message, length delimited. Does not implicitly {@link presence.v1.SubscribeRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof presence.v1.SubscribeRequest
             * @static
             * @param {presence.v1.SubscribeRequest.$Properties} message SubscribeRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SubscribeRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a SubscribeRequest message from the specified reader or buffer.
             * @function decode
             * @memberof presence.v1.SubscribeRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {presence.v1.SubscribeRequest & presence.v1.SubscribeRequest.$Shape} SubscribeRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SubscribeRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.presence.v1.SubscribeRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.requestUri = value;
                            else
                                delete message.requestUri;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.fromUri = value;
                            else
                                delete message.fromUri;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.fromTag = value;
                            else
                                delete message.fromTag;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.fromDisplayName = reader.stringVerify();
                            message._fromDisplayName = "fromDisplayName";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.toUri = value;
                            else
                                delete message.toUri;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.toTag = reader.stringVerify();
                            message._toTag = "toTag";
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.callId = value;
                            else
                                delete message.callId;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.cseq = value;
                            else
                                delete message.cseq;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            message.event = $root.presence.v1.EventRef.decode(reader, reader.size(), $undefined, _depth + 1, message.event);
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            message.expires = reader.uint32();
                            message._expires = "expires";
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.accept = $root.presence.v1.StringList.decode(reader, reader.size(), $undefined, _depth + 1, message.accept);
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            message.contact = reader.stringVerify();
                            message._contact = "contact";
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            if (!(message.recordRoute && message.recordRoute.length))
                                message.recordRoute = [];
                            message.recordRoute.push(reader.stringVerify());
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            message.watcherUri = reader.stringVerify();
                            message._watcherUri = "watcherUri";
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            message.userAgent = reader.stringVerify();
                            message._userAgent = "userAgent";
                            continue;
                        }
                    case 16: {
                            if (wireType !== 2)
                                break;
                            message.source = $root.presence.v1.PeerInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.source);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a SubscribeRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof presence.v1.SubscribeRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {presence.v1.SubscribeRequest & presence.v1.SubscribeRequest.$Shape} SubscribeRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SubscribeRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a SubscribeRequest message.
             * @function verify
             * @memberof presence.v1.SubscribeRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SubscribeRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.requestUri != null && $Object.hasOwnProperty.call(message, "requestUri"))
                    if (!$util.isString(message.requestUri))
                        return "requestUri: string expected";
                if (message.fromUri != null && $Object.hasOwnProperty.call(message, "fromUri"))
                    if (!$util.isString(message.fromUri))
                        return "fromUri: string expected";
                if (message.fromTag != null && $Object.hasOwnProperty.call(message, "fromTag"))
                    if (!$util.isString(message.fromTag))
                        return "fromTag: string expected";
                if (message.fromDisplayName != null && $Object.hasOwnProperty.call(message, "fromDisplayName")) {
                    properties._fromDisplayName = 1;
                    if (!$util.isString(message.fromDisplayName))
                        return "fromDisplayName: string expected";
                }
                if (message.toUri != null && $Object.hasOwnProperty.call(message, "toUri"))
                    if (!$util.isString(message.toUri))
                        return "toUri: string expected";
                if (message.toTag != null && $Object.hasOwnProperty.call(message, "toTag")) {
                    properties._toTag = 1;
                    if (!$util.isString(message.toTag))
                        return "toTag: string expected";
                }
                if (message.callId != null && $Object.hasOwnProperty.call(message, "callId"))
                    if (!$util.isString(message.callId))
                        return "callId: string expected";
                if (message.cseq != null && $Object.hasOwnProperty.call(message, "cseq"))
                    if (!$util.isInteger(message.cseq))
                        return "cseq: integer expected";
                if (message.event != null && $Object.hasOwnProperty.call(message, "event")) {
                    let error = $root.presence.v1.EventRef.verify(message.event, _depth + 1);
                    if (error)
                        return "event." + error;
                }
                if (message.expires != null && $Object.hasOwnProperty.call(message, "expires")) {
                    properties._expires = 1;
                    if (!$util.isInteger(message.expires))
                        return "expires: integer expected";
                }
                if (message.accept != null && $Object.hasOwnProperty.call(message, "accept")) {
                    let error = $root.presence.v1.StringList.verify(message.accept, _depth + 1);
                    if (error)
                        return "accept." + error;
                }
                if (message.contact != null && $Object.hasOwnProperty.call(message, "contact")) {
                    properties._contact = 1;
                    if (!$util.isString(message.contact))
                        return "contact: string expected";
                }
                if (message.recordRoute != null && $Object.hasOwnProperty.call(message, "recordRoute")) {
                    if (!$Array.isArray(message.recordRoute))
                        return "recordRoute: array expected";
                    for (let i = 0; i < message.recordRoute.length; ++i)
                        if (!$util.isString(message.recordRoute[i]))
                            return "recordRoute: string[] expected";
                }
                if (message.watcherUri != null && $Object.hasOwnProperty.call(message, "watcherUri")) {
                    properties._watcherUri = 1;
                    if (!$util.isString(message.watcherUri))
                        return "watcherUri: string expected";
                }
                if (message.userAgent != null && $Object.hasOwnProperty.call(message, "userAgent")) {
                    properties._userAgent = 1;
                    if (!$util.isString(message.userAgent))
                        return "userAgent: string expected";
                }
                if (message.source != null && $Object.hasOwnProperty.call(message, "source")) {
                    let error = $root.presence.v1.PeerInfo.verify(message.source, _depth + 1);
                    if (error)
                        return "source." + error;
                }
                return null;
            };

            /**
             * Creates a SubscribeRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof presence.v1.SubscribeRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {presence.v1.SubscribeRequest} SubscribeRequest
             */
            SubscribeRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.presence.v1.SubscribeRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".presence.v1.SubscribeRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.presence.v1.SubscribeRequest();
                if (object.requestUri != null)
                    if (typeof object.requestUri !== "string" || object.requestUri.length)
                        message.requestUri = $String(object.requestUri);
                if (object.fromUri != null)
                    if (typeof object.fromUri !== "string" || object.fromUri.length)
                        message.fromUri = $String(object.fromUri);
                if (object.fromTag != null)
                    if (typeof object.fromTag !== "string" || object.fromTag.length)
                        message.fromTag = $String(object.fromTag);
                if (object.fromDisplayName != null)
                    message.fromDisplayName = $String(object.fromDisplayName);
                if (object.toUri != null)
                    if (typeof object.toUri !== "string" || object.toUri.length)
                        message.toUri = $String(object.toUri);
                if (object.toTag != null)
                    message.toTag = $String(object.toTag);
                if (object.callId != null)
                    if (typeof object.callId !== "string" || object.callId.length)
                        message.callId = $String(object.callId);
                if (object.cseq != null)
                    if ($Number(object.cseq) !== 0)
                        message.cseq = object.cseq >>> 0;
                if (object.event != null) {
                    if (!$util.isObject(object.event))
                        throw $TypeError(".presence.v1.SubscribeRequest.event: object expected");
                    message.event = $root.presence.v1.EventRef.fromObject(object.event, _depth + 1);
                }
                if (object.expires != null)
                    message.expires = object.expires >>> 0;
                if (object.accept != null) {
                    if (!$util.isObject(object.accept))
                        throw $TypeError(".presence.v1.SubscribeRequest.accept: object expected");
                    message.accept = $root.presence.v1.StringList.fromObject(object.accept, _depth + 1);
                }
                if (object.contact != null)
                    message.contact = $String(object.contact);
                if (object.recordRoute) {
                    if (!$Array.isArray(object.recordRoute))
                        throw $TypeError(".presence.v1.SubscribeRequest.recordRoute: array expected");
                    message.recordRoute = $Array(object.recordRoute.length);
                    for (let i = 0; i < object.recordRoute.length; ++i)
                        message.recordRoute[i] = $String(object.recordRoute[i]);
                }
                if (object.watcherUri != null)
                    message.watcherUri = $String(object.watcherUri);
                if (object.userAgent != null)
                    message.userAgent = $String(object.userAgent);
                if (object.source != null) {
                    if (!$util.isObject(object.source))
                        throw $TypeError(".presence.v1.SubscribeRequest.source: object expected");
                    message.source = $root.presence.v1.PeerInfo.fromObject(object.source, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a SubscribeRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof presence.v1.SubscribeRequest
             * @static
             * @param {presence.v1.SubscribeRequest} message SubscribeRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SubscribeRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.recordRoute = [];
                if (options.defaults) {
                    object.requestUri = "";
                    object.fromUri = "";
                    object.fromTag = "";
                    object.toUri = "";
                    object.callId = "";
                    object.cseq = 0;
                    object.event = null;
                    object.accept = null;
                    object.source = null;
                }
                if (message.requestUri != null && $Object.hasOwnProperty.call(message, "requestUri"))
                    object.requestUri = message.requestUri;
                if (message.fromUri != null && $Object.hasOwnProperty.call(message, "fromUri"))
                    object.fromUri = message.fromUri;
                if (message.fromTag != null && $Object.hasOwnProperty.call(message, "fromTag"))
                    object.fromTag = message.fromTag;
                if (message.fromDisplayName != null && $Object.hasOwnProperty.call(message, "fromDisplayName"))
                    object.fromDisplayName = message.fromDisplayName;
                if (message.toUri != null && $Object.hasOwnProperty.call(message, "toUri"))
                    object.toUri = message.toUri;
                if (message.toTag != null && $Object.hasOwnProperty.call(message, "toTag"))
                    object.toTag = message.toTag;
                if (message.callId != null && $Object.hasOwnProperty.call(message, "callId"))
                    object.callId = message.callId;
                if (message.cseq != null && $Object.hasOwnProperty.call(message, "cseq"))
                    object.cseq = message.cseq;
                if (message.event != null && $Object.hasOwnProperty.call(message, "event"))
                    object.event = $root.presence.v1.EventRef.toObject(message.event, options, _depth + 1);
                if (message.expires != null && $Object.hasOwnProperty.call(message, "expires"))
                    object.expires = message.expires;
                if (message.accept != null && $Object.hasOwnProperty.call(message, "accept"))
                    object.accept = $root.presence.v1.StringList.toObject(message.accept, options, _depth + 1);
                if (message.contact != null && $Object.hasOwnProperty.call(message, "contact"))
                    object.contact = message.contact;
                if (message.recordRoute && message.recordRoute.length) {
                    object.recordRoute = $Array(message.recordRoute.length);
                    for (let j = 0; j < message.recordRoute.length; ++j)
                        object.recordRoute[j] = message.recordRoute[j];
                }
                if (message.watcherUri != null && $Object.hasOwnProperty.call(message, "watcherUri"))
                    object.watcherUri = message.watcherUri;
                if (message.userAgent != null && $Object.hasOwnProperty.call(message, "userAgent"))
                    object.userAgent = message.userAgent;
                if (message.source != null && $Object.hasOwnProperty.call(message, "source"))
                    object.source = $root.presence.v1.PeerInfo.toObject(message.source, options, _depth + 1);
                return object;
            };

            /**
             * Converts this SubscribeRequest to JSON.
             * @function toJSON
             * @memberof presence.v1.SubscribeRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SubscribeRequest.prototype.toJSON = function() {
                return SubscribeRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SubscribeRequest
             * @function getTypeUrl
             * @memberof presence.v1.SubscribeRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SubscribeRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/presence.v1.SubscribeRequest";
            };

            return SubscribeRequest;
        })();

        v1.SubscribeReply = (function() {

            /**
             * Properties of a SubscribeReply.
             * @typedef {Object} presence.v1.SubscribeReply.$Properties
             * @property {presence.v1.SipReply.$Properties|null} [reply] The SIP response to send (200/202 with To-tag, Expires and Contact, or an error).
             * @property {presence.v1.SubscriptionChanged.$Properties|null} [change] What the notifier must do next; absent when no NOTIFY follows (e.g. an error reply).
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SubscribeReply.
             * @memberof presence.v1
             * @interface ISubscribeReply
             * @augments presence.v1.SubscribeReply.$Properties
             * @deprecated Use presence.v1.SubscribeReply.$Properties instead.
             */

            /**
             * Shape of a SubscribeReply.
             * @typedef {{
             *   reply?: presence.v1.SipReply.$Shape|null;
             *   change?: presence.v1.SubscriptionChanged.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} presence.v1.SubscribeReply.$Shape
             */

            /**
             * Constructs a new SubscribeReply.
             * @memberof presence.v1
             * @classdesc The subscription service's answer to a SubscribeRequest.
             * @constructor
             * @param {presence.v1.SubscribeReply.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SubscribeReply = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * The SIP response to send (200/202 with To-tag, Expires and Contact, or an error).
             * @member {presence.v1.SipReply.$Properties|null|undefined} reply
             * @memberof presence.v1.SubscribeReply
             * @instance
             */
            SubscribeReply.prototype.reply = null;

            /**
             * What the notifier must do next; absent when no NOTIFY follows (e.g. an error reply).
             * @member {presence.v1.SubscriptionChanged.$Properties|null|undefined} change
             * @memberof presence.v1.SubscribeReply
             * @instance
             */
            SubscribeReply.prototype.change = null;

            /**
             * Creates a new SubscribeReply instance using the specified properties.
             * @function create
             * @memberof presence.v1.SubscribeReply
             * @static
             * @param {presence.v1.SubscribeReply.$Properties=} [properties] Properties to set
             * @returns {presence.v1.SubscribeReply} SubscribeReply instance
             * @type {{
             *   (properties: presence.v1.SubscribeReply.$Shape): presence.v1.SubscribeReply & presence.v1.SubscribeReply.$Shape;
             *   (properties?: presence.v1.SubscribeReply.$Properties): presence.v1.SubscribeReply;
             * }}
             */
            SubscribeReply.create = function(properties) {
                return new SubscribeReply(properties);
            };

            /**
             * Encodes the specified SubscribeReply message. Does not implicitly {@link presence.v1.SubscribeReply.verify|verify} messages.
             * @function encode
             * @memberof presence.v1.SubscribeReply
             * @static
             * @param {presence.v1.SubscribeReply.$Properties} message SubscribeReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SubscribeReply.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.reply != null && $Object.hasOwnProperty.call(message, "reply"))
                    $root.presence.v1.SipReply.encode(message.reply, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.change != null && $Object.hasOwnProperty.call(message, "change"))
                    $root.presence.v1.SubscriptionChanged.encode(message.change, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified SubscribeReply message, length delimited. Does not implicitly {@link presence.v1.SubscribeReply.verify|verify} messages.
             * @function encodeDelimited
             * @memberof presence.v1.SubscribeReply
             * @static
             * @param {presence.v1.SubscribeReply.$Properties} message SubscribeReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SubscribeReply.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a SubscribeReply message from the specified reader or buffer.
             * @function decode
             * @memberof presence.v1.SubscribeReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {presence.v1.SubscribeReply & presence.v1.SubscribeReply.$Shape} SubscribeReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SubscribeReply.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.presence.v1.SubscribeReply();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.reply = $root.presence.v1.SipReply.decode(reader, reader.size(), $undefined, _depth + 1, message.reply);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.change = $root.presence.v1.SubscriptionChanged.decode(reader, reader.size(), $undefined, _depth + 1, message.change);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a SubscribeReply message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof presence.v1.SubscribeReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {presence.v1.SubscribeReply & presence.v1.SubscribeReply.$Shape} SubscribeReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SubscribeReply.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a SubscribeReply message.
             * @function verify
             * @memberof presence.v1.SubscribeReply
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SubscribeReply.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.reply != null && $Object.hasOwnProperty.call(message, "reply")) {
                    let error = $root.presence.v1.SipReply.verify(message.reply, _depth + 1);
                    if (error)
                        return "reply." + error;
                }
                if (message.change != null && $Object.hasOwnProperty.call(message, "change")) {
                    let error = $root.presence.v1.SubscriptionChanged.verify(message.change, _depth + 1);
                    if (error)
                        return "change." + error;
                }
                return null;
            };

            /**
             * Creates a SubscribeReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof presence.v1.SubscribeReply
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {presence.v1.SubscribeReply} SubscribeReply
             */
            SubscribeReply.fromObject = function (object, _depth) {
                if (object instanceof $root.presence.v1.SubscribeReply)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".presence.v1.SubscribeReply: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.presence.v1.SubscribeReply();
                if (object.reply != null) {
                    if (!$util.isObject(object.reply))
                        throw $TypeError(".presence.v1.SubscribeReply.reply: object expected");
                    message.reply = $root.presence.v1.SipReply.fromObject(object.reply, _depth + 1);
                }
                if (object.change != null) {
                    if (!$util.isObject(object.change))
                        throw $TypeError(".presence.v1.SubscribeReply.change: object expected");
                    message.change = $root.presence.v1.SubscriptionChanged.fromObject(object.change, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a SubscribeReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof presence.v1.SubscribeReply
             * @static
             * @param {presence.v1.SubscribeReply} message SubscribeReply
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SubscribeReply.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.reply = null;
                    object.change = null;
                }
                if (message.reply != null && $Object.hasOwnProperty.call(message, "reply"))
                    object.reply = $root.presence.v1.SipReply.toObject(message.reply, options, _depth + 1);
                if (message.change != null && $Object.hasOwnProperty.call(message, "change"))
                    object.change = $root.presence.v1.SubscriptionChanged.toObject(message.change, options, _depth + 1);
                return object;
            };

            /**
             * Converts this SubscribeReply to JSON.
             * @function toJSON
             * @memberof presence.v1.SubscribeReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SubscribeReply.prototype.toJSON = function() {
                return SubscribeReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SubscribeReply
             * @function getTypeUrl
             * @memberof presence.v1.SubscribeReply
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SubscribeReply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/presence.v1.SubscribeReply";
            };

            return SubscribeReply;
        })();

        v1.SubscriptionChanged = (function() {

            /**
             * Properties of a SubscriptionChanged.
             * @typedef {Object} presence.v1.SubscriptionChanged.$Properties
             * @property {presence.v1.SubscriptionChanged.State.$Properties|null} [state] The dialog is stored: notify its current state.
             * @property {presence.v1.SubscriptionChanged.Final.$Properties|null} [final] The dialog is gone: send the final NOTIFY.
             * @property {presence.v1.EventMeta.$Properties|null} [meta] Event id, time and producer; absent inside a SubscribeReply.
             * @property {"state"|"final"} [change] Exactly one of these is set.
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SubscriptionChanged.
             * @memberof presence.v1
             * @interface ISubscriptionChanged
             * @augments presence.v1.SubscriptionChanged.$Properties
             * @deprecated Use presence.v1.SubscriptionChanged.$Properties instead.
             */

            /**
             * Narrowed shape of a SubscriptionChanged.
             * @typedef {{
             *   state?: presence.v1.SubscriptionChanged.State.$Shape|null;
             *   final?: presence.v1.SubscriptionChanged.Final.$Shape|null;
             *   meta?: presence.v1.EventMeta.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ change?: undefined; state?: null; final?: null }|{ change?: "state"; state: presence.v1.SubscriptionChanged.State.$Shape; final?: null }|{ change?: "final"; state?: null; final: presence.v1.SubscriptionChanged.Final.$Shape })
             * )} presence.v1.SubscriptionChanged.$Shape
             */

            /**
             * Constructs a new SubscriptionChanged.
             * @memberof presence.v1
             * @classdesc A subscription dialog changed: the notifier must send a NOTIFY.
             * Subject: <prefix>.events.subscription (JetStream).
             * @constructor
             * @param {presence.v1.SubscriptionChanged.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SubscriptionChanged = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * The dialog is stored: notify its current state.
             * @member {presence.v1.SubscriptionChanged.State.$Properties|null|undefined} state
             * @memberof presence.v1.SubscriptionChanged
             * @instance
             */
            SubscriptionChanged.prototype.state = null;

            /**
             * The dialog is gone: send the final NOTIFY.
             * @member {presence.v1.SubscriptionChanged.Final.$Properties|null|undefined} final
             * @memberof presence.v1.SubscriptionChanged
             * @instance
             */
            SubscriptionChanged.prototype.final = null;

            /**
             * Event id, time and producer; absent inside a SubscribeReply.
             * @member {presence.v1.EventMeta.$Properties|null|undefined} meta
             * @memberof presence.v1.SubscriptionChanged
             * @instance
             */
            SubscriptionChanged.prototype.meta = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * Exactly one of these is set.
             * @member {"state"|"final"|undefined} change
             * @memberof presence.v1.SubscriptionChanged
             * @instance
             */
            $Object.defineProperty(SubscriptionChanged.prototype, "change", {
                get: $util.oneOfGetter($oneOfFields = ["state", "final"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new SubscriptionChanged instance using the specified properties.
             * @function create
             * @memberof presence.v1.SubscriptionChanged
             * @static
             * @param {presence.v1.SubscriptionChanged.$Properties=} [properties] Properties to set
             * @returns {presence.v1.SubscriptionChanged} SubscriptionChanged instance
             * @type {{
             *   (properties: presence.v1.SubscriptionChanged.$Shape): presence.v1.SubscriptionChanged & presence.v1.SubscriptionChanged.$Shape;
             *   (properties?: presence.v1.SubscriptionChanged.$Properties): presence.v1.SubscriptionChanged;
             * }}
             */
            SubscriptionChanged.create = function(properties) {
                return new SubscriptionChanged(properties);
            };

            /**
             * Encodes the specified SubscriptionChanged message. Does not implicitly {@link presence.v1.SubscriptionChanged.verify|verify} messages.
             * @function encode
             * @memberof presence.v1.SubscriptionChanged
             * @static
             * @param {presence.v1.SubscriptionChanged.$Properties} message SubscriptionChanged message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SubscriptionChanged.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    $root.presence.v1.SubscriptionChanged.State.encode(message.state, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.final != null && $Object.hasOwnProperty.call(message, "final"))
                    $root.presence.v1.SubscriptionChanged.Final.encode(message.final, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.meta != null && $Object.hasOwnProperty.call(message, "meta"))
                    $root.presence.v1.EventMeta.encode(message.meta, writer.uint32(/* id 15, wireType 2 =*/122).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified SubscriptionChanged message, length delimited. Does not implicitly {@link presence.v1.SubscriptionChanged.verify|verify} messages.
             * @function encodeDelimited
             * @memberof presence.v1.SubscriptionChanged
             * @static
             * @param {presence.v1.SubscriptionChanged.$Properties} message SubscriptionChanged message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SubscriptionChanged.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a SubscriptionChanged message from the specified reader or buffer.
             * @function decode
             * @memberof presence.v1.SubscriptionChanged
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {presence.v1.SubscriptionChanged & presence.v1.SubscriptionChanged.$Shape} SubscriptionChanged
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SubscriptionChanged.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.presence.v1.SubscriptionChanged();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.state = $root.presence.v1.SubscriptionChanged.State.decode(reader, reader.size(), $undefined, _depth + 1, message.state);
                            message.change = "state";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.final = $root.presence.v1.SubscriptionChanged.Final.decode(reader, reader.size(), $undefined, _depth + 1, message.final);
                            message.change = "final";
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            message.meta = $root.presence.v1.EventMeta.decode(reader, reader.size(), $undefined, _depth + 1, message.meta);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a SubscriptionChanged message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof presence.v1.SubscriptionChanged
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {presence.v1.SubscriptionChanged & presence.v1.SubscriptionChanged.$Shape} SubscriptionChanged
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SubscriptionChanged.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a SubscriptionChanged message.
             * @function verify
             * @memberof presence.v1.SubscriptionChanged
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SubscriptionChanged.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.state != null && $Object.hasOwnProperty.call(message, "state")) {
                    properties.change = 1;
                    {
                        let error = $root.presence.v1.SubscriptionChanged.State.verify(message.state, _depth + 1);
                        if (error)
                            return "state." + error;
                    }
                }
                if (message.final != null && $Object.hasOwnProperty.call(message, "final")) {
                    if (properties.change === 1)
                        return "change: multiple values";
                    properties.change = 1;
                    {
                        let error = $root.presence.v1.SubscriptionChanged.Final.verify(message.final, _depth + 1);
                        if (error)
                            return "final." + error;
                    }
                }
                if (message.meta != null && $Object.hasOwnProperty.call(message, "meta")) {
                    let error = $root.presence.v1.EventMeta.verify(message.meta, _depth + 1);
                    if (error)
                        return "meta." + error;
                }
                return null;
            };

            /**
             * Creates a SubscriptionChanged message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof presence.v1.SubscriptionChanged
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {presence.v1.SubscriptionChanged} SubscriptionChanged
             */
            SubscriptionChanged.fromObject = function (object, _depth) {
                if (object instanceof $root.presence.v1.SubscriptionChanged)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".presence.v1.SubscriptionChanged: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.presence.v1.SubscriptionChanged();
                if (object.state != null) {
                    if (!$util.isObject(object.state))
                        throw $TypeError(".presence.v1.SubscriptionChanged.state: object expected");
                    message.state = $root.presence.v1.SubscriptionChanged.State.fromObject(object.state, _depth + 1);
                }
                if (object.final != null) {
                    if (!$util.isObject(object.final))
                        throw $TypeError(".presence.v1.SubscriptionChanged.final: object expected");
                    message.final = $root.presence.v1.SubscriptionChanged.Final.fromObject(object.final, _depth + 1);
                }
                if (object.meta != null) {
                    if (!$util.isObject(object.meta))
                        throw $TypeError(".presence.v1.SubscriptionChanged.meta: object expected");
                    message.meta = $root.presence.v1.EventMeta.fromObject(object.meta, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a SubscriptionChanged message. Also converts values to other types if specified.
             * @function toObject
             * @memberof presence.v1.SubscriptionChanged
             * @static
             * @param {presence.v1.SubscriptionChanged} message SubscriptionChanged
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SubscriptionChanged.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.meta = null;
                if (message.state != null && $Object.hasOwnProperty.call(message, "state")) {
                    object.state = $root.presence.v1.SubscriptionChanged.State.toObject(message.state, options, _depth + 1);
                    if (options.oneofs)
                        object.change = "state";
                }
                if (message.final != null && $Object.hasOwnProperty.call(message, "final")) {
                    object.final = $root.presence.v1.SubscriptionChanged.Final.toObject(message.final, options, _depth + 1);
                    if (options.oneofs)
                        object.change = "final";
                }
                if (message.meta != null && $Object.hasOwnProperty.call(message, "meta"))
                    object.meta = $root.presence.v1.EventMeta.toObject(message.meta, options, _depth + 1);
                return object;
            };

            /**
             * Converts this SubscriptionChanged to JSON.
             * @function toJSON
             * @memberof presence.v1.SubscriptionChanged
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SubscriptionChanged.prototype.toJSON = function() {
                return SubscriptionChanged.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SubscriptionChanged
             * @function getTypeUrl
             * @memberof presence.v1.SubscriptionChanged
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SubscriptionChanged.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/presence.v1.SubscriptionChanged";
            };

            SubscriptionChanged.State = (function() {

                /**
                 * Properties of a State.
                 * @typedef {Object} presence.v1.SubscriptionChanged.State.$Properties
                 * @property {string|null} [slot] presentitySlot of the presentity (part of the store key).
                 * @property {string|null} [id] Subscription id (our To-tag).
                 * @property {string|null} [presentity] The dialog's presentity key and event package, when the producer sets them: the notifier then
                 * locks the dialog and reads what its NOTIFY needs in one step. Empty: it reads the record first.
                 * @property {string|null} [event] State event
                 * @property {string|null} [presentityUri] The presentity's URI, when the producer sets it with presentity and event: the watcher
                 * information change a SUBSCRIBE causes (RFC 3857) needs no read of the record either.
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a State.
                 * @memberof presence.v1.SubscriptionChanged
                 * @interface IState
                 * @augments presence.v1.SubscriptionChanged.State.$Properties
                 * @deprecated Use presence.v1.SubscriptionChanged.State.$Properties instead.
                 */

                /**
                 * Shape of a State.
                 * @typedef {presence.v1.SubscriptionChanged.State.$Properties} presence.v1.SubscriptionChanged.State.$Shape
                 */

                /**
                 * Constructs a new State.
                 * @memberof presence.v1.SubscriptionChanged
                 * @classdesc Send the current state on a stored dialog (initial subscribe, refresh).
                 * @constructor
                 * @param {presence.v1.SubscriptionChanged.State.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const State = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * presentitySlot of the presentity (part of the store key).
                 * @member {string} slot
                 * @memberof presence.v1.SubscriptionChanged.State
                 * @instance
                 */
                State.prototype.slot = "";

                /**
                 * Subscription id (our To-tag).
                 * @member {string} id
                 * @memberof presence.v1.SubscriptionChanged.State
                 * @instance
                 */
                State.prototype.id = "";

                /**
                 * The dialog's presentity key and event package, when the producer sets them: the notifier then
                 * locks the dialog and reads what its NOTIFY needs in one step. Empty: it reads the record first.
                 * @member {string} presentity
                 * @memberof presence.v1.SubscriptionChanged.State
                 * @instance
                 */
                State.prototype.presentity = "";

                /**
                 * State event.
                 * @member {string} event
                 * @memberof presence.v1.SubscriptionChanged.State
                 * @instance
                 */
                State.prototype.event = "";

                /**
                 * The presentity's URI, when the producer sets it with presentity and event: the watcher
                 * information change a SUBSCRIBE causes (RFC 3857) needs no read of the record either.
                 * @member {string} presentityUri
                 * @memberof presence.v1.SubscriptionChanged.State
                 * @instance
                 */
                State.prototype.presentityUri = "";

                /**
                 * Creates a new State instance using the specified properties.
                 * @function create
                 * @memberof presence.v1.SubscriptionChanged.State
                 * @static
                 * @param {presence.v1.SubscriptionChanged.State.$Properties=} [properties] Properties to set
                 * @returns {presence.v1.SubscriptionChanged.State} State instance
                 * @type {{
                 *   (properties: presence.v1.SubscriptionChanged.State.$Shape): presence.v1.SubscriptionChanged.State & presence.v1.SubscriptionChanged.State.$Shape;
                 *   (properties?: presence.v1.SubscriptionChanged.State.$Properties): presence.v1.SubscriptionChanged.State;
                 * }}
                 */
                State.create = function(properties) {
                    return new State(properties);
                };

                /**
                 * Encodes the specified State message. Does not implicitly {@link presence.v1.SubscriptionChanged.State.verify|verify} messages.
                 * @function encode
                 * @memberof presence.v1.SubscriptionChanged.State
                 * @static
                 * @param {presence.v1.SubscriptionChanged.State.$Properties} message State message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                State.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.slot != null && $Object.hasOwnProperty.call(message, "slot") && message.slot !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.slot);
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.id);
                    if (message.presentity != null && $Object.hasOwnProperty.call(message, "presentity") && message.presentity !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.presentity);
                    if (message.event != null && $Object.hasOwnProperty.call(message, "event") && message.event !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.event);
                    if (message.presentityUri != null && $Object.hasOwnProperty.call(message, "presentityUri") && message.presentityUri !== "")
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.presentityUri);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified State message, length delimited. Does not implicitly {@link presence.v1.SubscriptionChanged.State.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof presence.v1.SubscriptionChanged.State
                 * @static
                 * @param {presence.v1.SubscriptionChanged.State.$Properties} message State message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                State.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a State message from the specified reader or buffer.
                 * @function decode
                 * @memberof presence.v1.SubscriptionChanged.State
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {presence.v1.SubscriptionChanged.State & presence.v1.SubscriptionChanged.State.$Shape} State
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                State.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.presence.v1.SubscriptionChanged.State();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.slot = value;
                                else
                                    delete message.slot;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.id = value;
                                else
                                    delete message.id;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.presentity = value;
                                else
                                    delete message.presentity;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.event = value;
                                else
                                    delete message.event;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.presentityUri = value;
                                else
                                    delete message.presentityUri;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a State message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof presence.v1.SubscriptionChanged.State
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {presence.v1.SubscriptionChanged.State & presence.v1.SubscriptionChanged.State.$Shape} State
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                State.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a State message.
                 * @function verify
                 * @memberof presence.v1.SubscriptionChanged.State
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                State.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.slot != null && $Object.hasOwnProperty.call(message, "slot"))
                        if (!$util.isString(message.slot))
                            return "slot: string expected";
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        if (!$util.isString(message.id))
                            return "id: string expected";
                    if (message.presentity != null && $Object.hasOwnProperty.call(message, "presentity"))
                        if (!$util.isString(message.presentity))
                            return "presentity: string expected";
                    if (message.event != null && $Object.hasOwnProperty.call(message, "event"))
                        if (!$util.isString(message.event))
                            return "event: string expected";
                    if (message.presentityUri != null && $Object.hasOwnProperty.call(message, "presentityUri"))
                        if (!$util.isString(message.presentityUri))
                            return "presentityUri: string expected";
                    return null;
                };

                /**
                 * Creates a State message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof presence.v1.SubscriptionChanged.State
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {presence.v1.SubscriptionChanged.State} State
                 */
                State.fromObject = function (object, _depth) {
                    if (object instanceof $root.presence.v1.SubscriptionChanged.State)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".presence.v1.SubscriptionChanged.State: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.presence.v1.SubscriptionChanged.State();
                    if (object.slot != null)
                        if (typeof object.slot !== "string" || object.slot.length)
                            message.slot = $String(object.slot);
                    if (object.id != null)
                        if (typeof object.id !== "string" || object.id.length)
                            message.id = $String(object.id);
                    if (object.presentity != null)
                        if (typeof object.presentity !== "string" || object.presentity.length)
                            message.presentity = $String(object.presentity);
                    if (object.event != null)
                        if (typeof object.event !== "string" || object.event.length)
                            message.event = $String(object.event);
                    if (object.presentityUri != null)
                        if (typeof object.presentityUri !== "string" || object.presentityUri.length)
                            message.presentityUri = $String(object.presentityUri);
                    return message;
                };

                /**
                 * Creates a plain object from a State message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof presence.v1.SubscriptionChanged.State
                 * @static
                 * @param {presence.v1.SubscriptionChanged.State} message State
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                State.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.slot = "";
                        object.id = "";
                        object.presentity = "";
                        object.event = "";
                        object.presentityUri = "";
                    }
                    if (message.slot != null && $Object.hasOwnProperty.call(message, "slot"))
                        object.slot = message.slot;
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        object.id = message.id;
                    if (message.presentity != null && $Object.hasOwnProperty.call(message, "presentity"))
                        object.presentity = message.presentity;
                    if (message.event != null && $Object.hasOwnProperty.call(message, "event"))
                        object.event = message.event;
                    if (message.presentityUri != null && $Object.hasOwnProperty.call(message, "presentityUri"))
                        object.presentityUri = message.presentityUri;
                    return object;
                };

                /**
                 * Converts this State to JSON.
                 * @function toJSON
                 * @memberof presence.v1.SubscriptionChanged.State
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                State.prototype.toJSON = function() {
                    return State.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for State
                 * @function getTypeUrl
                 * @memberof presence.v1.SubscriptionChanged.State
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                State.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/presence.v1.SubscriptionChanged.State";
                };

                return State;
            })();

            SubscriptionChanged.Final = (function() {

                /**
                 * Properties of a Final.
                 * @typedef {Object} presence.v1.SubscriptionChanged.Final.$Properties
                 * @property {presence.v1.Subscription.$Properties|null} [subscription] The dialog as it was when it ended.
                 * @property {string|null} [reason] Subscription-State reason (RFC 6665 4.1.3), e.g. "timeout".
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Final.
                 * @memberof presence.v1.SubscriptionChanged
                 * @interface IFinal
                 * @augments presence.v1.SubscriptionChanged.Final.$Properties
                 * @deprecated Use presence.v1.SubscriptionChanged.Final.$Properties instead.
                 */

                /**
                 * Shape of a Final.
                 * @typedef {presence.v1.SubscriptionChanged.Final.$Properties} presence.v1.SubscriptionChanged.Final.$Shape
                 */

                /**
                 * Constructs a new Final.
                 * @memberof presence.v1.SubscriptionChanged
                 * @classdesc Send a final NOTIFY (terminated) for a dialog that no longer exists in the store.
                 * @constructor
                 * @param {presence.v1.SubscriptionChanged.Final.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Final = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * The dialog as it was when it ended.
                 * @member {presence.v1.Subscription.$Properties|null|undefined} subscription
                 * @memberof presence.v1.SubscriptionChanged.Final
                 * @instance
                 */
                Final.prototype.subscription = null;

                /**
                 * Subscription-State reason (RFC 6665 4.1.3), e.g. "timeout".
                 * @member {string} reason
                 * @memberof presence.v1.SubscriptionChanged.Final
                 * @instance
                 */
                Final.prototype.reason = "";

                /**
                 * Creates a new Final instance using the specified properties.
                 * @function create
                 * @memberof presence.v1.SubscriptionChanged.Final
                 * @static
                 * @param {presence.v1.SubscriptionChanged.Final.$Properties=} [properties] Properties to set
                 * @returns {presence.v1.SubscriptionChanged.Final} Final instance
                 * @type {{
                 *   (properties: presence.v1.SubscriptionChanged.Final.$Shape): presence.v1.SubscriptionChanged.Final & presence.v1.SubscriptionChanged.Final.$Shape;
                 *   (properties?: presence.v1.SubscriptionChanged.Final.$Properties): presence.v1.SubscriptionChanged.Final;
                 * }}
                 */
                Final.create = function(properties) {
                    return new Final(properties);
                };

                /**
                 * Encodes the specified Final message. Does not implicitly {@link presence.v1.SubscriptionChanged.Final.verify|verify} messages.
                 * @function encode
                 * @memberof presence.v1.SubscriptionChanged.Final
                 * @static
                 * @param {presence.v1.SubscriptionChanged.Final.$Properties} message Final message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Final.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.subscription != null && $Object.hasOwnProperty.call(message, "subscription"))
                        $root.presence.v1.Subscription.encode(message.subscription, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.reason);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified Final message, length delimited. Does not implicitly {@link presence.v1.SubscriptionChanged.Final.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof presence.v1.SubscriptionChanged.Final
                 * @static
                 * @param {presence.v1.SubscriptionChanged.Final.$Properties} message Final message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Final.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a Final message from the specified reader or buffer.
                 * @function decode
                 * @memberof presence.v1.SubscriptionChanged.Final
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {presence.v1.SubscriptionChanged.Final & presence.v1.SubscriptionChanged.Final.$Shape} Final
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Final.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.presence.v1.SubscriptionChanged.Final();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.subscription = $root.presence.v1.Subscription.decode(reader, reader.size(), $undefined, _depth + 1, message.subscription);
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.reason = value;
                                else
                                    delete message.reason;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a Final message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof presence.v1.SubscriptionChanged.Final
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {presence.v1.SubscriptionChanged.Final & presence.v1.SubscriptionChanged.Final.$Shape} Final
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Final.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a Final message.
                 * @function verify
                 * @memberof presence.v1.SubscriptionChanged.Final
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Final.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.subscription != null && $Object.hasOwnProperty.call(message, "subscription")) {
                        let error = $root.presence.v1.Subscription.verify(message.subscription, _depth + 1);
                        if (error)
                            return "subscription." + error;
                    }
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                        if (!$util.isString(message.reason))
                            return "reason: string expected";
                    return null;
                };

                /**
                 * Creates a Final message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof presence.v1.SubscriptionChanged.Final
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {presence.v1.SubscriptionChanged.Final} Final
                 */
                Final.fromObject = function (object, _depth) {
                    if (object instanceof $root.presence.v1.SubscriptionChanged.Final)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".presence.v1.SubscriptionChanged.Final: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.presence.v1.SubscriptionChanged.Final();
                    if (object.subscription != null) {
                        if (!$util.isObject(object.subscription))
                            throw $TypeError(".presence.v1.SubscriptionChanged.Final.subscription: object expected");
                        message.subscription = $root.presence.v1.Subscription.fromObject(object.subscription, _depth + 1);
                    }
                    if (object.reason != null)
                        if (typeof object.reason !== "string" || object.reason.length)
                            message.reason = $String(object.reason);
                    return message;
                };

                /**
                 * Creates a plain object from a Final message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof presence.v1.SubscriptionChanged.Final
                 * @static
                 * @param {presence.v1.SubscriptionChanged.Final} message Final
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Final.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.subscription = null;
                        object.reason = "";
                    }
                    if (message.subscription != null && $Object.hasOwnProperty.call(message, "subscription"))
                        object.subscription = $root.presence.v1.Subscription.toObject(message.subscription, options, _depth + 1);
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                        object.reason = message.reason;
                    return object;
                };

                /**
                 * Converts this Final to JSON.
                 * @function toJSON
                 * @memberof presence.v1.SubscriptionChanged.Final
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Final.prototype.toJSON = function() {
                    return Final.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Final
                 * @function getTypeUrl
                 * @memberof presence.v1.SubscriptionChanged.Final
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Final.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/presence.v1.SubscriptionChanged.Final";
                };

                return Final;
            })();

            return SubscriptionChanged;
        })();

        /**
         * Subscription-State of a dialog (RFC 6665 4.1.3).
         * @name presence.v1.SubscriptionStatus
         * @enum {number}
         * @property {number} SUBSCRIPTION_STATUS_UNSPECIFIED=0 Never sent; a decoder rejects it.
         * @property {number} SUBSCRIPTION_STATUS_ACTIVE=1 Authorized.
         * @property {number} SUBSCRIPTION_STATUS_PENDING=2 Waiting for authorization.
         * @property {number} SUBSCRIPTION_STATUS_TERMINATED=3 Ended.
         */
        v1.SubscriptionStatus = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "SUBSCRIPTION_STATUS_UNSPECIFIED"] = 0;
            values[valuesById[1] = "SUBSCRIPTION_STATUS_ACTIVE"] = 1;
            values[valuesById[2] = "SUBSCRIPTION_STATUS_PENDING"] = 2;
            values[valuesById[3] = "SUBSCRIPTION_STATUS_TERMINATED"] = 3;
            return values;
        })();

        v1.Subscription = (function() {

            /**
             * Properties of a Subscription.
             * @typedef {Object} presence.v1.Subscription.$Properties
             * @property {string|null} [id] Our To-tag; unique over all subscriptions.
             * @property {string|null} [slot] presentitySlot(presentity), embedded in the To-tag.
             * @property {string|null} [presentity] Canonical presentity "user@host".
             * @property {string|null} [presentityUri] Full presentity URI as subscribed.
             * @property {string|null} [localUri] Our URI in the dialog (From URI of every NOTIFY).
             * @property {string|null} [event] Event package, e.g. "presence".
             * @property {string|null} [eventId] The Event header's id parameter; absent when the SUBSCRIBE had none.
             * @property {string|null} [watcher] Canonical watcher "user@host".
             * @property {string|null} [watcherUri] Full From URI of the watcher.
             * @property {string|null} [watcherDisplayName] From display name; absent when none.
             * @property {string|null} [callId] Call-ID of the dialog.
             * @property {string|null} [fromTag] The watcher's tag (From tag of the SUBSCRIBE).
             * @property {string|null} [toTag] Our tag; always equal to id.
             * @property {number|null} [remoteCseq] CSeq of the last SUBSCRIBE accepted on the dialog.
             * @property {number|null} [localCseq] CSeq of the last NOTIFY sent.
             * @property {string|null} [contact] Remote target URI (the SUBSCRIBE's Contact).
             * @property {Array.<string>|null} [routeSet] Route set for in-dialog requests, in sending order.
             * @property {string|null} [localContact] Our Contact (server_address) for this dialog.
             * @property {string|null} [transport] Transport the SUBSCRIBE came in on.
             * @property {string|null} [sourceAddress] Source IP address of the SUBSCRIBE.
             * @property {number|null} [sourcePort] Source port of the SUBSCRIBE.
             * @property {string|null} [connectionId] Edge connection id of a connection-oriented flow; absent for UDP.
             * @property {number|Long|null} [expiresAt] When the subscription expires, epoch milliseconds.
             * @property {presence.v1.SubscriptionStatus|null} [status] Subscription-State of the dialog.
             * @property {string|null} [reason] Subscription-State reason; absent when none.
             * @property {Array.<string>|null} [accept] Accept header values of the SUBSCRIBE, in order.
             * @property {string|null} [userAgent] User-Agent of the watcher; absent when none.
             * @property {number|Long|null} [createdAt] When the dialog was created, epoch milliseconds.
             * @property {number|Long|null} [updatedAt] When the dialog was last changed by a SUBSCRIBE, epoch milliseconds.
             * @property {number|null} [version] Per-watcher body version (winfo and dialog documents).
             * @property {presence.v1.StringMap.$Properties|null} [extra] Event-package specific values; absent when the record has none.
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Subscription.
             * @memberof presence.v1
             * @interface ISubscription
             * @augments presence.v1.Subscription.$Properties
             * @deprecated Use presence.v1.Subscription.$Properties instead.
             */

            /**
             * Shape of a Subscription.
             * @typedef {presence.v1.Subscription.$Properties} presence.v1.Subscription.$Shape
             */

            /**
             * Constructs a new Subscription.
             * @memberof presence.v1
             * @classdesc One subscription dialog, notifier side (Kamailio table active_watchers).
             * @constructor
             * @param {presence.v1.Subscription.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Subscription = function (properties) {
                this.routeSet = [];
                this.accept = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Our To-tag; unique over all subscriptions.
             * @member {string} id
             * @memberof presence.v1.Subscription
             * @instance
             */
            Subscription.prototype.id = "";

            /**
             * presentitySlot(presentity), embedded in the To-tag.
             * @member {string} slot
             * @memberof presence.v1.Subscription
             * @instance
             */
            Subscription.prototype.slot = "";

            /**
             * Canonical presentity "user@host".
             * @member {string} presentity
             * @memberof presence.v1.Subscription
             * @instance
             */
            Subscription.prototype.presentity = "";

            /**
             * Full presentity URI as subscribed.
             * @member {string} presentityUri
             * @memberof presence.v1.Subscription
             * @instance
             */
            Subscription.prototype.presentityUri = "";

            /**
             * Our URI in the dialog (From URI of every NOTIFY).
             * @member {string} localUri
             * @memberof presence.v1.Subscription
             * @instance
             */
            Subscription.prototype.localUri = "";

            /**
             * Event package, e.g. "presence".
             * @member {string} event
             * @memberof presence.v1.Subscription
             * @instance
             */
            Subscription.prototype.event = "";

            /**
             * The Event header's id parameter; absent when the SUBSCRIBE had none.
             * @member {string|null|undefined} eventId
             * @memberof presence.v1.Subscription
             * @instance
             */
            Subscription.prototype.eventId = null;

            /**
             * Canonical watcher "user@host".
             * @member {string} watcher
             * @memberof presence.v1.Subscription
             * @instance
             */
            Subscription.prototype.watcher = "";

            /**
             * Full From URI of the watcher.
             * @member {string} watcherUri
             * @memberof presence.v1.Subscription
             * @instance
             */
            Subscription.prototype.watcherUri = "";

            /**
             * From display name; absent when none.
             * @member {string|null|undefined} watcherDisplayName
             * @memberof presence.v1.Subscription
             * @instance
             */
            Subscription.prototype.watcherDisplayName = null;

            /**
             * Call-ID of the dialog.
             * @member {string} callId
             * @memberof presence.v1.Subscription
             * @instance
             */
            Subscription.prototype.callId = "";

            /**
             * The watcher's tag (From tag of the SUBSCRIBE).
             * @member {string} fromTag
             * @memberof presence.v1.Subscription
             * @instance
             */
            Subscription.prototype.fromTag = "";

            /**
             * Our tag; always equal to id.
             * @member {string} toTag
             * @memberof presence.v1.Subscription
             * @instance
             */
            Subscription.prototype.toTag = "";

            /**
             * CSeq of the last SUBSCRIBE accepted on the dialog.
             * @member {number} remoteCseq
             * @memberof presence.v1.Subscription
             * @instance
             */
            Subscription.prototype.remoteCseq = 0;

            /**
             * CSeq of the last NOTIFY sent.
             * @member {number} localCseq
             * @memberof presence.v1.Subscription
             * @instance
             */
            Subscription.prototype.localCseq = 0;

            /**
             * Remote target URI (the SUBSCRIBE's Contact).
             * @member {string} contact
             * @memberof presence.v1.Subscription
             * @instance
             */
            Subscription.prototype.contact = "";

            /**
             * Route set for in-dialog requests, in sending order.
             * @member {Array.<string>} routeSet
             * @memberof presence.v1.Subscription
             * @instance
             */
            Subscription.prototype.routeSet = $util.emptyArray;

            /**
             * Our Contact (server_address) for this dialog.
             * @member {string} localContact
             * @memberof presence.v1.Subscription
             * @instance
             */
            Subscription.prototype.localContact = "";

            /**
             * Transport the SUBSCRIBE came in on.
             * @member {string} transport
             * @memberof presence.v1.Subscription
             * @instance
             */
            Subscription.prototype.transport = "";

            /**
             * Source IP address of the SUBSCRIBE.
             * @member {string} sourceAddress
             * @memberof presence.v1.Subscription
             * @instance
             */
            Subscription.prototype.sourceAddress = "";

            /**
             * Source port of the SUBSCRIBE.
             * @member {number} sourcePort
             * @memberof presence.v1.Subscription
             * @instance
             */
            Subscription.prototype.sourcePort = 0;

            /**
             * Edge connection id of a connection-oriented flow; absent for UDP.
             * @member {string|null|undefined} connectionId
             * @memberof presence.v1.Subscription
             * @instance
             */
            Subscription.prototype.connectionId = null;

            /**
             * When the subscription expires, epoch milliseconds.
             * @member {number|Long} expiresAt
             * @memberof presence.v1.Subscription
             * @instance
             */
            Subscription.prototype.expiresAt = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Subscription-State of the dialog.
             * @member {presence.v1.SubscriptionStatus} status
             * @memberof presence.v1.Subscription
             * @instance
             */
            Subscription.prototype.status = 0;

            /**
             * Subscription-State reason; absent when none.
             * @member {string|null|undefined} reason
             * @memberof presence.v1.Subscription
             * @instance
             */
            Subscription.prototype.reason = null;

            /**
             * Accept header values of the SUBSCRIBE, in order.
             * @member {Array.<string>} accept
             * @memberof presence.v1.Subscription
             * @instance
             */
            Subscription.prototype.accept = $util.emptyArray;

            /**
             * User-Agent of the watcher; absent when none.
             * @member {string|null|undefined} userAgent
             * @memberof presence.v1.Subscription
             * @instance
             */
            Subscription.prototype.userAgent = null;

            /**
             * When the dialog was created, epoch milliseconds.
             * @member {number|Long} createdAt
             * @memberof presence.v1.Subscription
             * @instance
             */
            Subscription.prototype.createdAt = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * When the dialog was last changed by a SUBSCRIBE, epoch milliseconds.
             * @member {number|Long} updatedAt
             * @memberof presence.v1.Subscription
             * @instance
             */
            Subscription.prototype.updatedAt = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Per-watcher body version (winfo and dialog documents).
             * @member {number} version
             * @memberof presence.v1.Subscription
             * @instance
             */
            Subscription.prototype.version = 0;

            /**
             * Event-package specific values; absent when the record has none.
             * @member {presence.v1.StringMap.$Properties|null|undefined} extra
             * @memberof presence.v1.Subscription
             * @instance
             */
            Subscription.prototype.extra = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Subscription.prototype, "_eventId", {
                get: $util.oneOfGetter($oneOfFields = ["eventId"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Subscription.prototype, "_watcherDisplayName", {
                get: $util.oneOfGetter($oneOfFields = ["watcherDisplayName"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Subscription.prototype, "_connectionId", {
                get: $util.oneOfGetter($oneOfFields = ["connectionId"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Subscription.prototype, "_reason", {
                get: $util.oneOfGetter($oneOfFields = ["reason"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Subscription.prototype, "_userAgent", {
                get: $util.oneOfGetter($oneOfFields = ["userAgent"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Subscription instance using the specified properties.
             * @function create
             * @memberof presence.v1.Subscription
             * @static
             * @param {presence.v1.Subscription.$Properties=} [properties] Properties to set
             * @returns {presence.v1.Subscription} Subscription instance
             * @type {{
             *   (properties: presence.v1.Subscription.$Shape): presence.v1.Subscription & presence.v1.Subscription.$Shape;
             *   (properties?: presence.v1.Subscription.$Properties): presence.v1.Subscription;
             * }}
             */
            Subscription.create = function(properties) {
                return new Subscription(properties);
            };

            /**
             * Encodes the specified Subscription message. Does not implicitly {@link presence.v1.Subscription.verify|verify} messages.
             * @function encode
             * @memberof presence.v1.Subscription
             * @static
             * @param {presence.v1.Subscription.$Properties} message Subscription message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Subscription.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                if (message.slot != null && $Object.hasOwnProperty.call(message, "slot") && message.slot !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.slot);
                if (message.presentity != null && $Object.hasOwnProperty.call(message, "presentity") && message.presentity !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.presentity);
                if (message.presentityUri != null && $Object.hasOwnProperty.call(message, "presentityUri") && message.presentityUri !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.presentityUri);
                if (message.localUri != null && $Object.hasOwnProperty.call(message, "localUri") && message.localUri !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.localUri);
                if (message.event != null && $Object.hasOwnProperty.call(message, "event") && message.event !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.event);
                if (message.eventId != null && $Object.hasOwnProperty.call(message, "eventId"))
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.eventId);
                if (message.watcher != null && $Object.hasOwnProperty.call(message, "watcher") && message.watcher !== "")
                    writer.uint32(/* id 8, wireType 2 =*/66).string(message.watcher);
                if (message.watcherUri != null && $Object.hasOwnProperty.call(message, "watcherUri") && message.watcherUri !== "")
                    writer.uint32(/* id 9, wireType 2 =*/74).string(message.watcherUri);
                if (message.watcherDisplayName != null && $Object.hasOwnProperty.call(message, "watcherDisplayName"))
                    writer.uint32(/* id 10, wireType 2 =*/82).string(message.watcherDisplayName);
                if (message.callId != null && $Object.hasOwnProperty.call(message, "callId") && message.callId !== "")
                    writer.uint32(/* id 11, wireType 2 =*/90).string(message.callId);
                if (message.fromTag != null && $Object.hasOwnProperty.call(message, "fromTag") && message.fromTag !== "")
                    writer.uint32(/* id 12, wireType 2 =*/98).string(message.fromTag);
                if (message.toTag != null && $Object.hasOwnProperty.call(message, "toTag") && message.toTag !== "")
                    writer.uint32(/* id 13, wireType 2 =*/106).string(message.toTag);
                if (message.remoteCseq != null && $Object.hasOwnProperty.call(message, "remoteCseq") && message.remoteCseq !== 0)
                    writer.uint32(/* id 14, wireType 0 =*/112).uint32(message.remoteCseq);
                if (message.localCseq != null && $Object.hasOwnProperty.call(message, "localCseq") && message.localCseq !== 0)
                    writer.uint32(/* id 15, wireType 0 =*/120).uint32(message.localCseq);
                if (message.contact != null && $Object.hasOwnProperty.call(message, "contact") && message.contact !== "")
                    writer.uint32(/* id 16, wireType 2 =*/130).string(message.contact);
                if (message.routeSet != null && message.routeSet.length)
                    for (let i = 0; i < message.routeSet.length; ++i)
                        writer.uint32(/* id 17, wireType 2 =*/138).string(message.routeSet[i]);
                if (message.localContact != null && $Object.hasOwnProperty.call(message, "localContact") && message.localContact !== "")
                    writer.uint32(/* id 18, wireType 2 =*/146).string(message.localContact);
                if (message.transport != null && $Object.hasOwnProperty.call(message, "transport") && message.transport !== "")
                    writer.uint32(/* id 19, wireType 2 =*/154).string(message.transport);
                if (message.sourceAddress != null && $Object.hasOwnProperty.call(message, "sourceAddress") && message.sourceAddress !== "")
                    writer.uint32(/* id 20, wireType 2 =*/162).string(message.sourceAddress);
                if (message.sourcePort != null && $Object.hasOwnProperty.call(message, "sourcePort") && message.sourcePort !== 0)
                    writer.uint32(/* id 21, wireType 0 =*/168).uint32(message.sourcePort);
                if (message.connectionId != null && $Object.hasOwnProperty.call(message, "connectionId"))
                    writer.uint32(/* id 22, wireType 2 =*/178).string(message.connectionId);
                if (message.expiresAt != null && $Object.hasOwnProperty.call(message, "expiresAt") && (typeof message.expiresAt === "object" ? message.expiresAt.low || message.expiresAt.high : message.expiresAt !== 0))
                    writer.uint32(/* id 23, wireType 0 =*/184).int64(message.expiresAt);
                if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== 0)
                    writer.uint32(/* id 24, wireType 0 =*/192).int32(message.status);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    writer.uint32(/* id 25, wireType 2 =*/202).string(message.reason);
                if (message.accept != null && message.accept.length)
                    for (let i = 0; i < message.accept.length; ++i)
                        writer.uint32(/* id 26, wireType 2 =*/210).string(message.accept[i]);
                if (message.userAgent != null && $Object.hasOwnProperty.call(message, "userAgent"))
                    writer.uint32(/* id 27, wireType 2 =*/218).string(message.userAgent);
                if (message.createdAt != null && $Object.hasOwnProperty.call(message, "createdAt") && (typeof message.createdAt === "object" ? message.createdAt.low || message.createdAt.high : message.createdAt !== 0))
                    writer.uint32(/* id 28, wireType 0 =*/224).int64(message.createdAt);
                if (message.updatedAt != null && $Object.hasOwnProperty.call(message, "updatedAt") && (typeof message.updatedAt === "object" ? message.updatedAt.low || message.updatedAt.high : message.updatedAt !== 0))
                    writer.uint32(/* id 29, wireType 0 =*/232).int64(message.updatedAt);
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== 0)
                    writer.uint32(/* id 30, wireType 0 =*/240).uint32(message.version);
                if (message.extra != null && $Object.hasOwnProperty.call(message, "extra"))
                    $root.presence.v1.StringMap.encode(message.extra, writer.uint32(/* id 31, wireType 2 =*/250).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Subscription message, length delimited. Does not implicitly {@link presence.v1.Subscription.verify|verify} messages.
             * @function encodeDelimited
             * @memberof presence.v1.Subscription
             * @static
             * @param {presence.v1.Subscription.$Properties} message Subscription message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Subscription.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Subscription message from the specified reader or buffer.
             * @function decode
             * @memberof presence.v1.Subscription
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {presence.v1.Subscription & presence.v1.Subscription.$Shape} Subscription
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Subscription.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.presence.v1.Subscription();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.slot = value;
                            else
                                delete message.slot;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.presentity = value;
                            else
                                delete message.presentity;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.presentityUri = value;
                            else
                                delete message.presentityUri;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.localUri = value;
                            else
                                delete message.localUri;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.event = value;
                            else
                                delete message.event;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.eventId = reader.stringVerify();
                            message._eventId = "eventId";
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.watcher = value;
                            else
                                delete message.watcher;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.watcherUri = value;
                            else
                                delete message.watcherUri;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.watcherDisplayName = reader.stringVerify();
                            message._watcherDisplayName = "watcherDisplayName";
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.callId = value;
                            else
                                delete message.callId;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.fromTag = value;
                            else
                                delete message.fromTag;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.toTag = value;
                            else
                                delete message.toTag;
                            continue;
                        }
                    case 14: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.remoteCseq = value;
                            else
                                delete message.remoteCseq;
                            continue;
                        }
                    case 15: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.localCseq = value;
                            else
                                delete message.localCseq;
                            continue;
                        }
                    case 16: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.contact = value;
                            else
                                delete message.contact;
                            continue;
                        }
                    case 17: {
                            if (wireType !== 2)
                                break;
                            if (!(message.routeSet && message.routeSet.length))
                                message.routeSet = [];
                            message.routeSet.push(reader.stringVerify());
                            continue;
                        }
                    case 18: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.localContact = value;
                            else
                                delete message.localContact;
                            continue;
                        }
                    case 19: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.transport = value;
                            else
                                delete message.transport;
                            continue;
                        }
                    case 20: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.sourceAddress = value;
                            else
                                delete message.sourceAddress;
                            continue;
                        }
                    case 21: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.sourcePort = value;
                            else
                                delete message.sourcePort;
                            continue;
                        }
                    case 22: {
                            if (wireType !== 2)
                                break;
                            message.connectionId = reader.stringVerify();
                            message._connectionId = "connectionId";
                            continue;
                        }
                    case 23: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.expiresAt = value;
                            else
                                delete message.expiresAt;
                            continue;
                        }
                    case 24: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.status = value;
                            else
                                delete message.status;
                            continue;
                        }
                    case 25: {
                            if (wireType !== 2)
                                break;
                            message.reason = reader.stringVerify();
                            message._reason = "reason";
                            continue;
                        }
                    case 26: {
                            if (wireType !== 2)
                                break;
                            if (!(message.accept && message.accept.length))
                                message.accept = [];
                            message.accept.push(reader.stringVerify());
                            continue;
                        }
                    case 27: {
                            if (wireType !== 2)
                                break;
                            message.userAgent = reader.stringVerify();
                            message._userAgent = "userAgent";
                            continue;
                        }
                    case 28: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.createdAt = value;
                            else
                                delete message.createdAt;
                            continue;
                        }
                    case 29: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.updatedAt = value;
                            else
                                delete message.updatedAt;
                            continue;
                        }
                    case 30: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    case 31: {
                            if (wireType !== 2)
                                break;
                            message.extra = $root.presence.v1.StringMap.decode(reader, reader.size(), $undefined, _depth + 1, message.extra);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Subscription message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof presence.v1.Subscription
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {presence.v1.Subscription & presence.v1.Subscription.$Shape} Subscription
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Subscription.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Subscription message.
             * @function verify
             * @memberof presence.v1.Subscription
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Subscription.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    if (!$util.isString(message.id))
                        return "id: string expected";
                if (message.slot != null && $Object.hasOwnProperty.call(message, "slot"))
                    if (!$util.isString(message.slot))
                        return "slot: string expected";
                if (message.presentity != null && $Object.hasOwnProperty.call(message, "presentity"))
                    if (!$util.isString(message.presentity))
                        return "presentity: string expected";
                if (message.presentityUri != null && $Object.hasOwnProperty.call(message, "presentityUri"))
                    if (!$util.isString(message.presentityUri))
                        return "presentityUri: string expected";
                if (message.localUri != null && $Object.hasOwnProperty.call(message, "localUri"))
                    if (!$util.isString(message.localUri))
                        return "localUri: string expected";
                if (message.event != null && $Object.hasOwnProperty.call(message, "event"))
                    if (!$util.isString(message.event))
                        return "event: string expected";
                if (message.eventId != null && $Object.hasOwnProperty.call(message, "eventId")) {
                    properties._eventId = 1;
                    if (!$util.isString(message.eventId))
                        return "eventId: string expected";
                }
                if (message.watcher != null && $Object.hasOwnProperty.call(message, "watcher"))
                    if (!$util.isString(message.watcher))
                        return "watcher: string expected";
                if (message.watcherUri != null && $Object.hasOwnProperty.call(message, "watcherUri"))
                    if (!$util.isString(message.watcherUri))
                        return "watcherUri: string expected";
                if (message.watcherDisplayName != null && $Object.hasOwnProperty.call(message, "watcherDisplayName")) {
                    properties._watcherDisplayName = 1;
                    if (!$util.isString(message.watcherDisplayName))
                        return "watcherDisplayName: string expected";
                }
                if (message.callId != null && $Object.hasOwnProperty.call(message, "callId"))
                    if (!$util.isString(message.callId))
                        return "callId: string expected";
                if (message.fromTag != null && $Object.hasOwnProperty.call(message, "fromTag"))
                    if (!$util.isString(message.fromTag))
                        return "fromTag: string expected";
                if (message.toTag != null && $Object.hasOwnProperty.call(message, "toTag"))
                    if (!$util.isString(message.toTag))
                        return "toTag: string expected";
                if (message.remoteCseq != null && $Object.hasOwnProperty.call(message, "remoteCseq"))
                    if (!$util.isInteger(message.remoteCseq))
                        return "remoteCseq: integer expected";
                if (message.localCseq != null && $Object.hasOwnProperty.call(message, "localCseq"))
                    if (!$util.isInteger(message.localCseq))
                        return "localCseq: integer expected";
                if (message.contact != null && $Object.hasOwnProperty.call(message, "contact"))
                    if (!$util.isString(message.contact))
                        return "contact: string expected";
                if (message.routeSet != null && $Object.hasOwnProperty.call(message, "routeSet")) {
                    if (!$Array.isArray(message.routeSet))
                        return "routeSet: array expected";
                    for (let i = 0; i < message.routeSet.length; ++i)
                        if (!$util.isString(message.routeSet[i]))
                            return "routeSet: string[] expected";
                }
                if (message.localContact != null && $Object.hasOwnProperty.call(message, "localContact"))
                    if (!$util.isString(message.localContact))
                        return "localContact: string expected";
                if (message.transport != null && $Object.hasOwnProperty.call(message, "transport"))
                    if (!$util.isString(message.transport))
                        return "transport: string expected";
                if (message.sourceAddress != null && $Object.hasOwnProperty.call(message, "sourceAddress"))
                    if (!$util.isString(message.sourceAddress))
                        return "sourceAddress: string expected";
                if (message.sourcePort != null && $Object.hasOwnProperty.call(message, "sourcePort"))
                    if (!$util.isInteger(message.sourcePort))
                        return "sourcePort: integer expected";
                if (message.connectionId != null && $Object.hasOwnProperty.call(message, "connectionId")) {
                    properties._connectionId = 1;
                    if (!$util.isString(message.connectionId))
                        return "connectionId: string expected";
                }
                if (message.expiresAt != null && $Object.hasOwnProperty.call(message, "expiresAt"))
                    if (!$util.isInteger(message.expiresAt) && !(message.expiresAt && $util.isInteger(message.expiresAt.low) && $util.isInteger(message.expiresAt.high)))
                        return "expiresAt: integer|Long expected";
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    if (typeof message.status !== "number" || (message.status | 0) !== message.status)
                        return "status: enum value expected";
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason")) {
                    properties._reason = 1;
                    if (!$util.isString(message.reason))
                        return "reason: string expected";
                }
                if (message.accept != null && $Object.hasOwnProperty.call(message, "accept")) {
                    if (!$Array.isArray(message.accept))
                        return "accept: array expected";
                    for (let i = 0; i < message.accept.length; ++i)
                        if (!$util.isString(message.accept[i]))
                            return "accept: string[] expected";
                }
                if (message.userAgent != null && $Object.hasOwnProperty.call(message, "userAgent")) {
                    properties._userAgent = 1;
                    if (!$util.isString(message.userAgent))
                        return "userAgent: string expected";
                }
                if (message.createdAt != null && $Object.hasOwnProperty.call(message, "createdAt"))
                    if (!$util.isInteger(message.createdAt) && !(message.createdAt && $util.isInteger(message.createdAt.low) && $util.isInteger(message.createdAt.high)))
                        return "createdAt: integer|Long expected";
                if (message.updatedAt != null && $Object.hasOwnProperty.call(message, "updatedAt"))
                    if (!$util.isInteger(message.updatedAt) && !(message.updatedAt && $util.isInteger(message.updatedAt.low) && $util.isInteger(message.updatedAt.high)))
                        return "updatedAt: integer|Long expected";
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    if (!$util.isInteger(message.version))
                        return "version: integer expected";
                if (message.extra != null && $Object.hasOwnProperty.call(message, "extra")) {
                    let error = $root.presence.v1.StringMap.verify(message.extra, _depth + 1);
                    if (error)
                        return "extra." + error;
                }
                return null;
            };

            /**
             * Creates a Subscription message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof presence.v1.Subscription
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {presence.v1.Subscription} Subscription
             */
            Subscription.fromObject = function (object, _depth) {
                if (object instanceof $root.presence.v1.Subscription)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".presence.v1.Subscription: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.presence.v1.Subscription();
                if (object.id != null)
                    if (typeof object.id !== "string" || object.id.length)
                        message.id = $String(object.id);
                if (object.slot != null)
                    if (typeof object.slot !== "string" || object.slot.length)
                        message.slot = $String(object.slot);
                if (object.presentity != null)
                    if (typeof object.presentity !== "string" || object.presentity.length)
                        message.presentity = $String(object.presentity);
                if (object.presentityUri != null)
                    if (typeof object.presentityUri !== "string" || object.presentityUri.length)
                        message.presentityUri = $String(object.presentityUri);
                if (object.localUri != null)
                    if (typeof object.localUri !== "string" || object.localUri.length)
                        message.localUri = $String(object.localUri);
                if (object.event != null)
                    if (typeof object.event !== "string" || object.event.length)
                        message.event = $String(object.event);
                if (object.eventId != null)
                    message.eventId = $String(object.eventId);
                if (object.watcher != null)
                    if (typeof object.watcher !== "string" || object.watcher.length)
                        message.watcher = $String(object.watcher);
                if (object.watcherUri != null)
                    if (typeof object.watcherUri !== "string" || object.watcherUri.length)
                        message.watcherUri = $String(object.watcherUri);
                if (object.watcherDisplayName != null)
                    message.watcherDisplayName = $String(object.watcherDisplayName);
                if (object.callId != null)
                    if (typeof object.callId !== "string" || object.callId.length)
                        message.callId = $String(object.callId);
                if (object.fromTag != null)
                    if (typeof object.fromTag !== "string" || object.fromTag.length)
                        message.fromTag = $String(object.fromTag);
                if (object.toTag != null)
                    if (typeof object.toTag !== "string" || object.toTag.length)
                        message.toTag = $String(object.toTag);
                if (object.remoteCseq != null)
                    if ($Number(object.remoteCseq) !== 0)
                        message.remoteCseq = object.remoteCseq >>> 0;
                if (object.localCseq != null)
                    if ($Number(object.localCseq) !== 0)
                        message.localCseq = object.localCseq >>> 0;
                if (object.contact != null)
                    if (typeof object.contact !== "string" || object.contact.length)
                        message.contact = $String(object.contact);
                if (object.routeSet) {
                    if (!$Array.isArray(object.routeSet))
                        throw $TypeError(".presence.v1.Subscription.routeSet: array expected");
                    message.routeSet = $Array(object.routeSet.length);
                    for (let i = 0; i < object.routeSet.length; ++i)
                        message.routeSet[i] = $String(object.routeSet[i]);
                }
                if (object.localContact != null)
                    if (typeof object.localContact !== "string" || object.localContact.length)
                        message.localContact = $String(object.localContact);
                if (object.transport != null)
                    if (typeof object.transport !== "string" || object.transport.length)
                        message.transport = $String(object.transport);
                if (object.sourceAddress != null)
                    if (typeof object.sourceAddress !== "string" || object.sourceAddress.length)
                        message.sourceAddress = $String(object.sourceAddress);
                if (object.sourcePort != null)
                    if ($Number(object.sourcePort) !== 0)
                        message.sourcePort = object.sourcePort >>> 0;
                if (object.connectionId != null)
                    message.connectionId = $String(object.connectionId);
                if (object.expiresAt != null)
                    if (typeof object.expiresAt === "object" ? object.expiresAt.low || object.expiresAt.high : $Number(object.expiresAt) !== 0)
                        if ($util.Long)
                            message.expiresAt = $util.Long.fromValue(object.expiresAt, false);
                        else if (typeof object.expiresAt === "string")
                            message.expiresAt = $parseInt(object.expiresAt, 10);
                        else if (typeof object.expiresAt === "number")
                            message.expiresAt = object.expiresAt;
                        else if (typeof object.expiresAt === "object")
                            message.expiresAt = new $util.LongBits(object.expiresAt.low >>> 0, object.expiresAt.high >>> 0).toNumber();
                if (object.status !== 0 && (typeof object.status !== "string" || $root.presence.v1.SubscriptionStatus[object.status] !== 0))
                    switch (object.status) {
                    case "SUBSCRIPTION_STATUS_UNSPECIFIED":
                    case 0:
                        message.status = 0;
                        break;
                    case "SUBSCRIPTION_STATUS_ACTIVE":
                    case 1:
                        message.status = 1;
                        break;
                    case "SUBSCRIPTION_STATUS_PENDING":
                    case 2:
                        message.status = 2;
                        break;
                    case "SUBSCRIPTION_STATUS_TERMINATED":
                    case 3:
                        message.status = 3;
                        break;
                    default:
                        if (typeof object.status === "number" && (object.status | 0) === object.status)
                            message.status = object.status;
                    }
                if (object.reason != null)
                    message.reason = $String(object.reason);
                if (object.accept) {
                    if (!$Array.isArray(object.accept))
                        throw $TypeError(".presence.v1.Subscription.accept: array expected");
                    message.accept = $Array(object.accept.length);
                    for (let i = 0; i < object.accept.length; ++i)
                        message.accept[i] = $String(object.accept[i]);
                }
                if (object.userAgent != null)
                    message.userAgent = $String(object.userAgent);
                if (object.createdAt != null)
                    if (typeof object.createdAt === "object" ? object.createdAt.low || object.createdAt.high : $Number(object.createdAt) !== 0)
                        if ($util.Long)
                            message.createdAt = $util.Long.fromValue(object.createdAt, false);
                        else if (typeof object.createdAt === "string")
                            message.createdAt = $parseInt(object.createdAt, 10);
                        else if (typeof object.createdAt === "number")
                            message.createdAt = object.createdAt;
                        else if (typeof object.createdAt === "object")
                            message.createdAt = new $util.LongBits(object.createdAt.low >>> 0, object.createdAt.high >>> 0).toNumber();
                if (object.updatedAt != null)
                    if (typeof object.updatedAt === "object" ? object.updatedAt.low || object.updatedAt.high : $Number(object.updatedAt) !== 0)
                        if ($util.Long)
                            message.updatedAt = $util.Long.fromValue(object.updatedAt, false);
                        else if (typeof object.updatedAt === "string")
                            message.updatedAt = $parseInt(object.updatedAt, 10);
                        else if (typeof object.updatedAt === "number")
                            message.updatedAt = object.updatedAt;
                        else if (typeof object.updatedAt === "object")
                            message.updatedAt = new $util.LongBits(object.updatedAt.low >>> 0, object.updatedAt.high >>> 0).toNumber();
                if (object.version != null)
                    if ($Number(object.version) !== 0)
                        message.version = object.version >>> 0;
                if (object.extra != null) {
                    if (!$util.isObject(object.extra))
                        throw $TypeError(".presence.v1.Subscription.extra: object expected");
                    message.extra = $root.presence.v1.StringMap.fromObject(object.extra, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a Subscription message. Also converts values to other types if specified.
             * @function toObject
             * @memberof presence.v1.Subscription
             * @static
             * @param {presence.v1.Subscription} message Subscription
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Subscription.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.routeSet = [];
                    object.accept = [];
                }
                if (options.defaults) {
                    object.id = "";
                    object.slot = "";
                    object.presentity = "";
                    object.presentityUri = "";
                    object.localUri = "";
                    object.event = "";
                    object.watcher = "";
                    object.watcherUri = "";
                    object.callId = "";
                    object.fromTag = "";
                    object.toTag = "";
                    object.remoteCseq = 0;
                    object.localCseq = 0;
                    object.contact = "";
                    object.localContact = "";
                    object.transport = "";
                    object.sourceAddress = "";
                    object.sourcePort = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.expiresAt = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.expiresAt = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.status = options.enums === $String ? "SUBSCRIPTION_STATUS_UNSPECIFIED" : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.createdAt = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.createdAt = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.updatedAt = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.updatedAt = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.version = 0;
                    object.extra = null;
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.slot != null && $Object.hasOwnProperty.call(message, "slot"))
                    object.slot = message.slot;
                if (message.presentity != null && $Object.hasOwnProperty.call(message, "presentity"))
                    object.presentity = message.presentity;
                if (message.presentityUri != null && $Object.hasOwnProperty.call(message, "presentityUri"))
                    object.presentityUri = message.presentityUri;
                if (message.localUri != null && $Object.hasOwnProperty.call(message, "localUri"))
                    object.localUri = message.localUri;
                if (message.event != null && $Object.hasOwnProperty.call(message, "event"))
                    object.event = message.event;
                if (message.eventId != null && $Object.hasOwnProperty.call(message, "eventId"))
                    object.eventId = message.eventId;
                if (message.watcher != null && $Object.hasOwnProperty.call(message, "watcher"))
                    object.watcher = message.watcher;
                if (message.watcherUri != null && $Object.hasOwnProperty.call(message, "watcherUri"))
                    object.watcherUri = message.watcherUri;
                if (message.watcherDisplayName != null && $Object.hasOwnProperty.call(message, "watcherDisplayName"))
                    object.watcherDisplayName = message.watcherDisplayName;
                if (message.callId != null && $Object.hasOwnProperty.call(message, "callId"))
                    object.callId = message.callId;
                if (message.fromTag != null && $Object.hasOwnProperty.call(message, "fromTag"))
                    object.fromTag = message.fromTag;
                if (message.toTag != null && $Object.hasOwnProperty.call(message, "toTag"))
                    object.toTag = message.toTag;
                if (message.remoteCseq != null && $Object.hasOwnProperty.call(message, "remoteCseq"))
                    object.remoteCseq = message.remoteCseq;
                if (message.localCseq != null && $Object.hasOwnProperty.call(message, "localCseq"))
                    object.localCseq = message.localCseq;
                if (message.contact != null && $Object.hasOwnProperty.call(message, "contact"))
                    object.contact = message.contact;
                if (message.routeSet && message.routeSet.length) {
                    object.routeSet = $Array(message.routeSet.length);
                    for (let j = 0; j < message.routeSet.length; ++j)
                        object.routeSet[j] = message.routeSet[j];
                }
                if (message.localContact != null && $Object.hasOwnProperty.call(message, "localContact"))
                    object.localContact = message.localContact;
                if (message.transport != null && $Object.hasOwnProperty.call(message, "transport"))
                    object.transport = message.transport;
                if (message.sourceAddress != null && $Object.hasOwnProperty.call(message, "sourceAddress"))
                    object.sourceAddress = message.sourceAddress;
                if (message.sourcePort != null && $Object.hasOwnProperty.call(message, "sourcePort"))
                    object.sourcePort = message.sourcePort;
                if (message.connectionId != null && $Object.hasOwnProperty.call(message, "connectionId"))
                    object.connectionId = message.connectionId;
                if (message.expiresAt != null && $Object.hasOwnProperty.call(message, "expiresAt"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.expiresAt = typeof message.expiresAt === "number" ? $BigInt(message.expiresAt) : $util.Long.fromBits(message.expiresAt.low >>> 0, message.expiresAt.high >>> 0, false).toBigInt();
                    else if (typeof message.expiresAt === "number")
                        object.expiresAt = options.longs === $String ? $String(message.expiresAt) : message.expiresAt;
                    else
                        object.expiresAt = options.longs === $String ? $util.Long.prototype.toString.call(message.expiresAt) : options.longs === $Number ? new $util.LongBits(message.expiresAt.low >>> 0, message.expiresAt.high >>> 0).toNumber() : message.expiresAt;
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    object.status = options.enums === $String ? $root.presence.v1.SubscriptionStatus[message.status] === $undefined ? message.status : $root.presence.v1.SubscriptionStatus[message.status] : message.status;
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                if (message.accept && message.accept.length) {
                    object.accept = $Array(message.accept.length);
                    for (let j = 0; j < message.accept.length; ++j)
                        object.accept[j] = message.accept[j];
                }
                if (message.userAgent != null && $Object.hasOwnProperty.call(message, "userAgent"))
                    object.userAgent = message.userAgent;
                if (message.createdAt != null && $Object.hasOwnProperty.call(message, "createdAt"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.createdAt = typeof message.createdAt === "number" ? $BigInt(message.createdAt) : $util.Long.fromBits(message.createdAt.low >>> 0, message.createdAt.high >>> 0, false).toBigInt();
                    else if (typeof message.createdAt === "number")
                        object.createdAt = options.longs === $String ? $String(message.createdAt) : message.createdAt;
                    else
                        object.createdAt = options.longs === $String ? $util.Long.prototype.toString.call(message.createdAt) : options.longs === $Number ? new $util.LongBits(message.createdAt.low >>> 0, message.createdAt.high >>> 0).toNumber() : message.createdAt;
                if (message.updatedAt != null && $Object.hasOwnProperty.call(message, "updatedAt"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.updatedAt = typeof message.updatedAt === "number" ? $BigInt(message.updatedAt) : $util.Long.fromBits(message.updatedAt.low >>> 0, message.updatedAt.high >>> 0, false).toBigInt();
                    else if (typeof message.updatedAt === "number")
                        object.updatedAt = options.longs === $String ? $String(message.updatedAt) : message.updatedAt;
                    else
                        object.updatedAt = options.longs === $String ? $util.Long.prototype.toString.call(message.updatedAt) : options.longs === $Number ? new $util.LongBits(message.updatedAt.low >>> 0, message.updatedAt.high >>> 0).toNumber() : message.updatedAt;
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    object.version = message.version;
                if (message.extra != null && $Object.hasOwnProperty.call(message, "extra"))
                    object.extra = $root.presence.v1.StringMap.toObject(message.extra, options, _depth + 1);
                return object;
            };

            /**
             * Converts this Subscription to JSON.
             * @function toJSON
             * @memberof presence.v1.Subscription
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Subscription.prototype.toJSON = function() {
                return Subscription.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Subscription
             * @function getTypeUrl
             * @memberof presence.v1.Subscription
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Subscription.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/presence.v1.Subscription";
            };

            return Subscription;
        })();

        return v1;
    })();

    return presence;
})();

export {
  $root as default
};
