import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace presence. */
export namespace presence {

    /** Namespace v1. */
    namespace v1 {

        /**
         * Properties of a Header.
         * @deprecated Use presence.v1.Header.$Properties instead.
         */
        interface IHeader extends presence.v1.Header.$Properties {
        }

        /** One SIP header field, in the order it is to be written. */
        class Header {

            /**
             * Constructs a new Header.
             * @param [properties] Properties to set
             */
            constructor(properties?: presence.v1.Header.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Header name as it goes on the wire, e.g. "SIP-ETag". */
            name: string;

            /** Header value without the trailing CRLF. */
            value: string;

            /**
             * Creates a new Header instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Header instance
             */
            static create(properties: presence.v1.Header.$Shape): presence.v1.Header & presence.v1.Header.$Shape;
            static create(properties?: presence.v1.Header.$Properties): presence.v1.Header;

            /**
             * Encodes the specified Header message. Does not implicitly {@link presence.v1.Header.verify|verify} messages.
             * @param message Header message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: presence.v1.Header.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Header message, length delimited. Does not implicitly {@link presence.v1.Header.verify|verify} messages.
             * @param message Header message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: presence.v1.Header.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Header message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {presence.v1.Header & presence.v1.Header.$Shape} Header
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): presence.v1.Header & presence.v1.Header.$Shape;

            /**
             * Decodes a Header message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {presence.v1.Header & presence.v1.Header.$Shape} Header
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): presence.v1.Header & presence.v1.Header.$Shape;

            /**
             * Verifies a Header message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Header message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Header
             */
            static fromObject(object: { [k: string]: any }): presence.v1.Header;

            /**
             * Creates a plain object from a Header message. Also converts values to other types if specified.
             * @param message Header
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: presence.v1.Header, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Header to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Header
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Header {

            /** Properties of a Header. */
            interface $Properties {

                /** Header name as it goes on the wire, e.g. "SIP-ETag". */
                name?: (string|null);

                /** Header value without the trailing CRLF. */
                value?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Header. */
            type $Shape = presence.v1.Header.$Properties;
        }

        /**
         * Properties of a SipReply.
         * @deprecated Use presence.v1.SipReply.$Properties instead.
         */
        interface ISipReply extends presence.v1.SipReply.$Properties {
        }

        /** The answer a service gives to a SIP request; the edge turns it into the SIP response. */
        class SipReply {

            /**
             * Constructs a new SipReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: presence.v1.SipReply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SIP status code (100-699). */
            status: number;

            /** Reason phrase. */
            reason: string;

            /** Headers to add to the response, in order (SIP-ETag, Expires, Min-Expires, Warning, ...). */
            headers: presence.v1.Header.$Properties[];

            /** The To-tag to put on the response when the request had none; absent otherwise. */
            toTag?: (string|null);

            /**
             * Creates a new SipReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SipReply instance
             */
            static create(properties: presence.v1.SipReply.$Shape): presence.v1.SipReply & presence.v1.SipReply.$Shape;
            static create(properties?: presence.v1.SipReply.$Properties): presence.v1.SipReply;

            /**
             * Encodes the specified SipReply message. Does not implicitly {@link presence.v1.SipReply.verify|verify} messages.
             * @param message SipReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: presence.v1.SipReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SipReply message, length delimited. Does not implicitly {@link presence.v1.SipReply.verify|verify} messages.
             * @param message SipReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: presence.v1.SipReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SipReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {presence.v1.SipReply & presence.v1.SipReply.$Shape} SipReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): presence.v1.SipReply & presence.v1.SipReply.$Shape;

            /**
             * Decodes a SipReply message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {presence.v1.SipReply & presence.v1.SipReply.$Shape} SipReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): presence.v1.SipReply & presence.v1.SipReply.$Shape;

            /**
             * Verifies a SipReply message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SipReply message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SipReply
             */
            static fromObject(object: { [k: string]: any }): presence.v1.SipReply;

            /**
             * Creates a plain object from a SipReply message. Also converts values to other types if specified.
             * @param message SipReply
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: presence.v1.SipReply, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SipReply to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SipReply
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SipReply {

            /** Properties of a SipReply. */
            interface $Properties {

                /** SIP status code (100-699). */
                status?: (number|null);

                /** Reason phrase. */
                reason?: (string|null);

                /** Headers to add to the response, in order (SIP-ETag, Expires, Min-Expires, Warning, ...). */
                headers?: (presence.v1.Header.$Properties[]|null);

                /** The To-tag to put on the response when the request had none; absent otherwise. */
                toTag?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SipReply. */
            type $Shape = presence.v1.SipReply.$Properties;
        }

        /**
         * Properties of an EventParam.
         * @deprecated Use presence.v1.EventParam.$Properties instead.
         */
        interface IEventParam extends presence.v1.EventParam.$Properties {
        }

        /** One parameter of the Event header. */
        class EventParam {

            /**
             * Constructs a new EventParam.
             * @param [properties] Properties to set
             */
            constructor(properties?: presence.v1.EventParam.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Parameter name, lower-cased. */
            name: string;

            /** Parameter value; absent for a parameter without "=value". */
            value?: (string|null);

            /**
             * Creates a new EventParam instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EventParam instance
             */
            static create(properties: presence.v1.EventParam.$Shape): presence.v1.EventParam & presence.v1.EventParam.$Shape;
            static create(properties?: presence.v1.EventParam.$Properties): presence.v1.EventParam;

            /**
             * Encodes the specified EventParam message. Does not implicitly {@link presence.v1.EventParam.verify|verify} messages.
             * @param message EventParam message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: presence.v1.EventParam.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified EventParam message, length delimited. Does not implicitly {@link presence.v1.EventParam.verify|verify} messages.
             * @param message EventParam message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: presence.v1.EventParam.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EventParam message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {presence.v1.EventParam & presence.v1.EventParam.$Shape} EventParam
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): presence.v1.EventParam & presence.v1.EventParam.$Shape;

            /**
             * Decodes an EventParam message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {presence.v1.EventParam & presence.v1.EventParam.$Shape} EventParam
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): presence.v1.EventParam & presence.v1.EventParam.$Shape;

            /**
             * Verifies an EventParam message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an EventParam message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EventParam
             */
            static fromObject(object: { [k: string]: any }): presence.v1.EventParam;

            /**
             * Creates a plain object from an EventParam message. Also converts values to other types if specified.
             * @param message EventParam
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: presence.v1.EventParam, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EventParam to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for EventParam
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace EventParam {

            /** Properties of an EventParam. */
            interface $Properties {

                /** Parameter name, lower-cased. */
                name?: (string|null);

                /** Parameter value; absent for a parameter without "=value". */
                value?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an EventParam. */
            type $Shape = presence.v1.EventParam.$Properties;
        }

        /**
         * Properties of an EventRef.
         * @deprecated Use presence.v1.EventRef.$Properties instead.
         */
        interface IEventRef extends presence.v1.EventRef.$Properties {
        }

        /** The parsed Event header of a request (RFC 6665 8.2.1). */
        class EventRef {

            /**
             * Constructs a new EventRef.
             * @param [properties] Properties to set
             */
            constructor(properties?: presence.v1.EventRef.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Event package token with templates, lower-cased ("presence", "presence.winfo", "dialog"). */
            name: string;

            /** The "id" parameter; absent when the header has none. */
            id?: (string|null);

            /** All header parameters in the order received. */
            params: presence.v1.EventParam.$Properties[];

            /**
             * Creates a new EventRef instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EventRef instance
             */
            static create(properties: presence.v1.EventRef.$Shape): presence.v1.EventRef & presence.v1.EventRef.$Shape;
            static create(properties?: presence.v1.EventRef.$Properties): presence.v1.EventRef;

            /**
             * Encodes the specified EventRef message. Does not implicitly {@link presence.v1.EventRef.verify|verify} messages.
             * @param message EventRef message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: presence.v1.EventRef.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified EventRef message, length delimited. Does not implicitly {@link presence.v1.EventRef.verify|verify} messages.
             * @param message EventRef message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: presence.v1.EventRef.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EventRef message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {presence.v1.EventRef & presence.v1.EventRef.$Shape} EventRef
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): presence.v1.EventRef & presence.v1.EventRef.$Shape;

            /**
             * Decodes an EventRef message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {presence.v1.EventRef & presence.v1.EventRef.$Shape} EventRef
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): presence.v1.EventRef & presence.v1.EventRef.$Shape;

            /**
             * Verifies an EventRef message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an EventRef message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EventRef
             */
            static fromObject(object: { [k: string]: any }): presence.v1.EventRef;

            /**
             * Creates a plain object from an EventRef message. Also converts values to other types if specified.
             * @param message EventRef
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: presence.v1.EventRef, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EventRef to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for EventRef
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace EventRef {

            /** Properties of an EventRef. */
            interface $Properties {

                /** Event package token with templates, lower-cased ("presence", "presence.winfo", "dialog"). */
                name?: (string|null);

                /** The "id" parameter; absent when the header has none. */
                id?: (string|null);

                /** All header parameters in the order received. */
                params?: (presence.v1.EventParam.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an EventRef. */
            type $Shape = presence.v1.EventRef.$Properties;
        }

        /**
         * Properties of a PeerInfo.
         * @deprecated Use presence.v1.PeerInfo.$Properties instead.
         */
        interface IPeerInfo extends presence.v1.PeerInfo.$Properties {
        }

        /** Where a request came from, so NOTIFYs for connection-oriented flows leave through the same edge. */
        class PeerInfo {

            /**
             * Constructs a new PeerInfo.
             * @param [properties] Properties to set
             */
            constructor(properties?: presence.v1.PeerInfo.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Transport the request arrived on: "udp", "tcp", "tls", "ws", "wss". */
            transport: string;

            /** Source IP address of the request. */
            address: string;

            /** Source port of the request. */
            port: number;

            /** Edge-local connection id of a TCP/TLS/WS flow; absent for UDP. */
            connectionId?: (string|null);

            /**
             * Creates a new PeerInfo instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PeerInfo instance
             */
            static create(properties: presence.v1.PeerInfo.$Shape): presence.v1.PeerInfo & presence.v1.PeerInfo.$Shape;
            static create(properties?: presence.v1.PeerInfo.$Properties): presence.v1.PeerInfo;

            /**
             * Encodes the specified PeerInfo message. Does not implicitly {@link presence.v1.PeerInfo.verify|verify} messages.
             * @param message PeerInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: presence.v1.PeerInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified PeerInfo message, length delimited. Does not implicitly {@link presence.v1.PeerInfo.verify|verify} messages.
             * @param message PeerInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: presence.v1.PeerInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PeerInfo message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {presence.v1.PeerInfo & presence.v1.PeerInfo.$Shape} PeerInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): presence.v1.PeerInfo & presence.v1.PeerInfo.$Shape;

            /**
             * Decodes a PeerInfo message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {presence.v1.PeerInfo & presence.v1.PeerInfo.$Shape} PeerInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): presence.v1.PeerInfo & presence.v1.PeerInfo.$Shape;

            /**
             * Verifies a PeerInfo message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a PeerInfo message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PeerInfo
             */
            static fromObject(object: { [k: string]: any }): presence.v1.PeerInfo;

            /**
             * Creates a plain object from a PeerInfo message. Also converts values to other types if specified.
             * @param message PeerInfo
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: presence.v1.PeerInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PeerInfo to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for PeerInfo
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PeerInfo {

            /** Properties of a PeerInfo. */
            interface $Properties {

                /** Transport the request arrived on: "udp", "tcp", "tls", "ws", "wss". */
                transport?: (string|null);

                /** Source IP address of the request. */
                address?: (string|null);

                /** Source port of the request. */
                port?: (number|null);

                /** Edge-local connection id of a TCP/TLS/WS flow; absent for UDP. */
                connectionId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PeerInfo. */
            type $Shape = presence.v1.PeerInfo.$Properties;
        }

        /**
         * Properties of a StringList.
         * @deprecated Use presence.v1.StringList.$Properties instead.
         */
        interface IStringList extends presence.v1.StringList.$Properties {
        }

        /** A list that can be absent as a whole (absent and empty mean different things). */
        class StringList {

            /**
             * Constructs a new StringList.
             * @param [properties] Properties to set
             */
            constructor(properties?: presence.v1.StringList.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** The values in order. */
            values: string[];

            /**
             * Creates a new StringList instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StringList instance
             */
            static create(properties: presence.v1.StringList.$Shape): presence.v1.StringList & presence.v1.StringList.$Shape;
            static create(properties?: presence.v1.StringList.$Properties): presence.v1.StringList;

            /**
             * Encodes the specified StringList message. Does not implicitly {@link presence.v1.StringList.verify|verify} messages.
             * @param message StringList message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: presence.v1.StringList.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified StringList message, length delimited. Does not implicitly {@link presence.v1.StringList.verify|verify} messages.
             * @param message StringList message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: presence.v1.StringList.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StringList message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {presence.v1.StringList & presence.v1.StringList.$Shape} StringList
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): presence.v1.StringList & presence.v1.StringList.$Shape;

            /**
             * Decodes a StringList message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {presence.v1.StringList & presence.v1.StringList.$Shape} StringList
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): presence.v1.StringList & presence.v1.StringList.$Shape;

            /**
             * Verifies a StringList message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a StringList message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns StringList
             */
            static fromObject(object: { [k: string]: any }): presence.v1.StringList;

            /**
             * Creates a plain object from a StringList message. Also converts values to other types if specified.
             * @param message StringList
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: presence.v1.StringList, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this StringList to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for StringList
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace StringList {

            /** Properties of a StringList. */
            interface $Properties {

                /** The values in order. */
                values?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a StringList. */
            type $Shape = presence.v1.StringList.$Properties;
        }

        /**
         * Properties of a StringMap.
         * @deprecated Use presence.v1.StringMap.$Properties instead.
         */
        interface IStringMap extends presence.v1.StringMap.$Properties {
        }

        /** A string map that can be absent as a whole (absent and empty mean different things). */
        class StringMap {

            /**
             * Constructs a new StringMap.
             * @param [properties] Properties to set
             */
            constructor(properties?: presence.v1.StringMap.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** The entries. */
            entries: { [k: string]: string };

            /**
             * Creates a new StringMap instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StringMap instance
             */
            static create(properties: presence.v1.StringMap.$Shape): presence.v1.StringMap & presence.v1.StringMap.$Shape;
            static create(properties?: presence.v1.StringMap.$Properties): presence.v1.StringMap;

            /**
             * Encodes the specified StringMap message. Does not implicitly {@link presence.v1.StringMap.verify|verify} messages.
             * @param message StringMap message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: presence.v1.StringMap.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified StringMap message, length delimited. Does not implicitly {@link presence.v1.StringMap.verify|verify} messages.
             * @param message StringMap message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: presence.v1.StringMap.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StringMap message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {presence.v1.StringMap & presence.v1.StringMap.$Shape} StringMap
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): presence.v1.StringMap & presence.v1.StringMap.$Shape;

            /**
             * Decodes a StringMap message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {presence.v1.StringMap & presence.v1.StringMap.$Shape} StringMap
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): presence.v1.StringMap & presence.v1.StringMap.$Shape;

            /**
             * Verifies a StringMap message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a StringMap message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns StringMap
             */
            static fromObject(object: { [k: string]: any }): presence.v1.StringMap;

            /**
             * Creates a plain object from a StringMap message. Also converts values to other types if specified.
             * @param message StringMap
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: presence.v1.StringMap, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this StringMap to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for StringMap
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace StringMap {

            /** Properties of a StringMap. */
            interface $Properties {

                /** The entries. */
                entries?: ({ [k: string]: string }|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a StringMap. */
            type $Shape = presence.v1.StringMap.$Properties;
        }

        /**
         * Properties of an EventMeta.
         * @deprecated Use presence.v1.EventMeta.$Properties instead.
         */
        interface IEventMeta extends presence.v1.EventMeta.$Properties {
        }

        /** Metadata every change event carries (request/reply messages keep theirs in NATS headers). */
        class EventMeta {

            /**
             * Constructs a new EventMeta.
             * @param [properties] Properties to set
             */
            constructor(properties?: presence.v1.EventMeta.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Unique id of the event; also sent as the Nats-Msg-Id header so JetStream drops duplicates. */
            eventId: string;

            /** When the change happened, epoch milliseconds. */
            occurredAtMs: (number|Long);

            /** Service and replica that emitted the event, e.g. "presentity/presentity-7f9c-2". */
            producer: string;

            /**
             * Creates a new EventMeta instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EventMeta instance
             */
            static create(properties: presence.v1.EventMeta.$Shape): presence.v1.EventMeta & presence.v1.EventMeta.$Shape;
            static create(properties?: presence.v1.EventMeta.$Properties): presence.v1.EventMeta;

            /**
             * Encodes the specified EventMeta message. Does not implicitly {@link presence.v1.EventMeta.verify|verify} messages.
             * @param message EventMeta message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: presence.v1.EventMeta.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified EventMeta message, length delimited. Does not implicitly {@link presence.v1.EventMeta.verify|verify} messages.
             * @param message EventMeta message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: presence.v1.EventMeta.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EventMeta message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {presence.v1.EventMeta & presence.v1.EventMeta.$Shape} EventMeta
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): presence.v1.EventMeta & presence.v1.EventMeta.$Shape;

            /**
             * Decodes an EventMeta message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {presence.v1.EventMeta & presence.v1.EventMeta.$Shape} EventMeta
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): presence.v1.EventMeta & presence.v1.EventMeta.$Shape;

            /**
             * Verifies an EventMeta message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an EventMeta message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EventMeta
             */
            static fromObject(object: { [k: string]: any }): presence.v1.EventMeta;

            /**
             * Creates a plain object from an EventMeta message. Also converts values to other types if specified.
             * @param message EventMeta
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: presence.v1.EventMeta, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EventMeta to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for EventMeta
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace EventMeta {

            /** Properties of an EventMeta. */
            interface $Properties {

                /** Unique id of the event; also sent as the Nats-Msg-Id header so JetStream drops duplicates. */
                eventId?: (string|null);

                /** When the change happened, epoch milliseconds. */
                occurredAtMs?: (number|Long|null);

                /** Service and replica that emitted the event, e.g. "presentity/presentity-7f9c-2". */
                producer?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an EventMeta. */
            type $Shape = presence.v1.EventMeta.$Properties;
        }

        /**
         * Properties of a NotifyTarget.
         * @deprecated Use presence.v1.NotifyTarget.$Properties instead.
         */
        interface INotifyTarget extends presence.v1.NotifyTarget.$Properties {
        }

        /** Where the edge sends the NOTIFY. */
        class NotifyTarget {

            /**
             * Constructs a new NotifyTarget.
             * @param [properties] Properties to set
             */
            constructor(properties?: presence.v1.NotifyTarget.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Transport: "udp", "tcp", "tls", "ws", "wss". */
            transport: string;

            /** Host name or IP literal; the edge resolves names. */
            host: string;

            /** Destination port. */
            port: number;

            /** The subscriber's connection on the owning edge; absent for UDP or a new connection. */
            connectionId?: (string|null);

            /**
             * Creates a new NotifyTarget instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NotifyTarget instance
             */
            static create(properties: presence.v1.NotifyTarget.$Shape): presence.v1.NotifyTarget & presence.v1.NotifyTarget.$Shape;
            static create(properties?: presence.v1.NotifyTarget.$Properties): presence.v1.NotifyTarget;

            /**
             * Encodes the specified NotifyTarget message. Does not implicitly {@link presence.v1.NotifyTarget.verify|verify} messages.
             * @param message NotifyTarget message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: presence.v1.NotifyTarget.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified NotifyTarget message, length delimited. Does not implicitly {@link presence.v1.NotifyTarget.verify|verify} messages.
             * @param message NotifyTarget message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: presence.v1.NotifyTarget.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NotifyTarget message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {presence.v1.NotifyTarget & presence.v1.NotifyTarget.$Shape} NotifyTarget
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): presence.v1.NotifyTarget & presence.v1.NotifyTarget.$Shape;

            /**
             * Decodes a NotifyTarget message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {presence.v1.NotifyTarget & presence.v1.NotifyTarget.$Shape} NotifyTarget
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): presence.v1.NotifyTarget & presence.v1.NotifyTarget.$Shape;

            /**
             * Verifies a NotifyTarget message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a NotifyTarget message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns NotifyTarget
             */
            static fromObject(object: { [k: string]: any }): presence.v1.NotifyTarget;

            /**
             * Creates a plain object from a NotifyTarget message. Also converts values to other types if specified.
             * @param message NotifyTarget
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: presence.v1.NotifyTarget, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this NotifyTarget to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for NotifyTarget
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace NotifyTarget {

            /** Properties of a NotifyTarget. */
            interface $Properties {

                /** Transport: "udp", "tcp", "tls", "ws", "wss". */
                transport?: (string|null);

                /** Host name or IP literal; the edge resolves names. */
                host?: (string|null);

                /** Destination port. */
                port?: (number|null);

                /** The subscriber's connection on the owning edge; absent for UDP or a new connection. */
                connectionId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NotifyTarget. */
            type $Shape = presence.v1.NotifyTarget.$Properties;
        }

        /**
         * Properties of a NotifyRequest.
         * @deprecated Use presence.v1.NotifyRequest.$Properties instead.
         */
        interface INotifyRequest extends presence.v1.NotifyRequest.$Properties {
        }

        /**
         * A NOTIFY ready to send; the edge runs the client transaction (RFC 3261 17.1.2).
         * Subjects: <prefix>.edge.<edgeId>.notify (the edge owning a TCP/TLS/WS flow) or
         * <prefix>.edge.any.notify (UDP, queue group "edge"); the reply is a NotifyResult.
         */
        class NotifyRequest {

            /**
             * Constructs a new NotifyRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: presence.v1.NotifyRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Request-URI of the NOTIFY. */
            requestUri: string;

            /** Headers in order (Via and Content-Length are added by the edge). */
            headers: presence.v1.Header.$Properties[];

            /** The body; absent for a body-less NOTIFY. */
            body?: (Uint8Array|null);

            /** Next hop. */
            target?: (presence.v1.NotifyTarget.$Properties|null);

            /** Subscription id, for logs and the result. */
            subscriptionId: string;

            /** CSeq of this NOTIFY. */
            cseq: number;

            /**
             * Trace context (traceparent, tracestate) of this NOTIFY inside a NotifyBatch, whose message
             * headers cannot carry one per NOTIFY; empty otherwise.
             */
            traceContext: { [k: string]: string };

            /**
             * Creates a new NotifyRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NotifyRequest instance
             */
            static create(properties: presence.v1.NotifyRequest.$Shape): presence.v1.NotifyRequest & presence.v1.NotifyRequest.$Shape;
            static create(properties?: presence.v1.NotifyRequest.$Properties): presence.v1.NotifyRequest;

            /**
             * Encodes the specified NotifyRequest message. Does not implicitly {@link presence.v1.NotifyRequest.verify|verify} messages.
             * @param message NotifyRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: presence.v1.NotifyRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified NotifyRequest message, length delimited. Does not implicitly {@link presence.v1.NotifyRequest.verify|verify} messages.
             * @param message NotifyRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: presence.v1.NotifyRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NotifyRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {presence.v1.NotifyRequest & presence.v1.NotifyRequest.$Shape} NotifyRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): presence.v1.NotifyRequest & presence.v1.NotifyRequest.$Shape;

            /**
             * Decodes a NotifyRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {presence.v1.NotifyRequest & presence.v1.NotifyRequest.$Shape} NotifyRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): presence.v1.NotifyRequest & presence.v1.NotifyRequest.$Shape;

            /**
             * Verifies a NotifyRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a NotifyRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns NotifyRequest
             */
            static fromObject(object: { [k: string]: any }): presence.v1.NotifyRequest;

            /**
             * Creates a plain object from a NotifyRequest message. Also converts values to other types if specified.
             * @param message NotifyRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: presence.v1.NotifyRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this NotifyRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for NotifyRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace NotifyRequest {

            /** Properties of a NotifyRequest. */
            interface $Properties {

                /** Request-URI of the NOTIFY. */
                requestUri?: (string|null);

                /** Headers in order (Via and Content-Length are added by the edge). */
                headers?: (presence.v1.Header.$Properties[]|null);

                /** The body; absent for a body-less NOTIFY. */
                body?: (Uint8Array|null);

                /** Next hop. */
                target?: (presence.v1.NotifyTarget.$Properties|null);

                /** Subscription id, for logs and the result. */
                subscriptionId?: (string|null);

                /** CSeq of this NOTIFY. */
                cseq?: (number|null);

                /**
                 * Trace context (traceparent, tracestate) of this NOTIFY inside a NotifyBatch, whose message
                 * headers cannot carry one per NOTIFY; empty otherwise.
                 */
                traceContext?: ({ [k: string]: string }|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NotifyRequest. */
            type $Shape = presence.v1.NotifyRequest.$Properties;
        }

        /**
         * Properties of a NotifyBatch.
         * @deprecated Use presence.v1.NotifyBatch.$Properties instead.
         */
        interface INotifyBatch extends presence.v1.NotifyBatch.$Properties {
        }

        /**
         * NOTIFYs handed to an edge together (those a notifier has ready in one turn, e.g. every watcher's
         * NOTIFY of one change). Subjects: <prefix>.edge.<edgeId>.notify-batch or
         * <prefix>.edge.any.notify-batch (queue group "edge"). The replies are a stream of
         * NotifyResultBatch, results sent as their transactions end; the last reply ends the stream.
         */
        class NotifyBatch {

            /**
             * Constructs a new NotifyBatch.
             * @param [properties] Properties to set
             */
            constructor(properties?: presence.v1.NotifyBatch.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NotifyBatch notifies. */
            notifies: presence.v1.NotifyRequest.$Properties[];

            /**
             * Creates a new NotifyBatch instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NotifyBatch instance
             */
            static create(properties: presence.v1.NotifyBatch.$Shape): presence.v1.NotifyBatch & presence.v1.NotifyBatch.$Shape;
            static create(properties?: presence.v1.NotifyBatch.$Properties): presence.v1.NotifyBatch;

            /**
             * Encodes the specified NotifyBatch message. Does not implicitly {@link presence.v1.NotifyBatch.verify|verify} messages.
             * @param message NotifyBatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: presence.v1.NotifyBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified NotifyBatch message, length delimited. Does not implicitly {@link presence.v1.NotifyBatch.verify|verify} messages.
             * @param message NotifyBatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: presence.v1.NotifyBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NotifyBatch message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {presence.v1.NotifyBatch & presence.v1.NotifyBatch.$Shape} NotifyBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): presence.v1.NotifyBatch & presence.v1.NotifyBatch.$Shape;

            /**
             * Decodes a NotifyBatch message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {presence.v1.NotifyBatch & presence.v1.NotifyBatch.$Shape} NotifyBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): presence.v1.NotifyBatch & presence.v1.NotifyBatch.$Shape;

            /**
             * Verifies a NotifyBatch message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a NotifyBatch message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns NotifyBatch
             */
            static fromObject(object: { [k: string]: any }): presence.v1.NotifyBatch;

            /**
             * Creates a plain object from a NotifyBatch message. Also converts values to other types if specified.
             * @param message NotifyBatch
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: presence.v1.NotifyBatch, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this NotifyBatch to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for NotifyBatch
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace NotifyBatch {

            /** Properties of a NotifyBatch. */
            interface $Properties {

                /** NotifyBatch notifies */
                notifies?: (presence.v1.NotifyRequest.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NotifyBatch. */
            type $Shape = presence.v1.NotifyBatch.$Properties;
        }

        /**
         * Properties of a NotifyResponse.
         * @deprecated Use presence.v1.NotifyResponse.$Properties instead.
         */
        interface INotifyResponse extends presence.v1.NotifyResponse.$Properties {
        }

        /** A final response to a NOTIFY. */
        class NotifyResponse {

            /**
             * Constructs a new NotifyResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: presence.v1.NotifyResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SIP status code of the final response. */
            status: number;

            /** Reason phrase. */
            reason: string;

            /**
             * Creates a new NotifyResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NotifyResponse instance
             */
            static create(properties: presence.v1.NotifyResponse.$Shape): presence.v1.NotifyResponse & presence.v1.NotifyResponse.$Shape;
            static create(properties?: presence.v1.NotifyResponse.$Properties): presence.v1.NotifyResponse;

            /**
             * Encodes the specified NotifyResponse message. Does not implicitly {@link presence.v1.NotifyResponse.verify|verify} messages.
             * @param message NotifyResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: presence.v1.NotifyResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified NotifyResponse message, length delimited. Does not implicitly {@link presence.v1.NotifyResponse.verify|verify} messages.
             * @param message NotifyResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: presence.v1.NotifyResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NotifyResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {presence.v1.NotifyResponse & presence.v1.NotifyResponse.$Shape} NotifyResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): presence.v1.NotifyResponse & presence.v1.NotifyResponse.$Shape;

            /**
             * Decodes a NotifyResponse message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {presence.v1.NotifyResponse & presence.v1.NotifyResponse.$Shape} NotifyResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): presence.v1.NotifyResponse & presence.v1.NotifyResponse.$Shape;

            /**
             * Verifies a NotifyResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a NotifyResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns NotifyResponse
             */
            static fromObject(object: { [k: string]: any }): presence.v1.NotifyResponse;

            /**
             * Creates a plain object from a NotifyResponse message. Also converts values to other types if specified.
             * @param message NotifyResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: presence.v1.NotifyResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this NotifyResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for NotifyResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace NotifyResponse {

            /** Properties of a NotifyResponse. */
            interface $Properties {

                /** SIP status code of the final response. */
                status?: (number|null);

                /** Reason phrase. */
                reason?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NotifyResponse. */
            type $Shape = presence.v1.NotifyResponse.$Properties;
        }

        /**
         * Properties of a NotifyTimeout.
         * @deprecated Use presence.v1.NotifyTimeout.$Properties instead.
         */
        interface INotifyTimeout extends presence.v1.NotifyTimeout.$Properties {
        }

        /** The transaction timed out (Timer F, RFC 3261 17.1.2.2). */
        class NotifyTimeout {

            /**
             * Constructs a new NotifyTimeout.
             * @param [properties] Properties to set
             */
            constructor(properties?: presence.v1.NotifyTimeout.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new NotifyTimeout instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NotifyTimeout instance
             */
            static create(properties: presence.v1.NotifyTimeout.$Shape): presence.v1.NotifyTimeout & presence.v1.NotifyTimeout.$Shape;
            static create(properties?: presence.v1.NotifyTimeout.$Properties): presence.v1.NotifyTimeout;

            /**
             * Encodes the specified NotifyTimeout message. Does not implicitly {@link presence.v1.NotifyTimeout.verify|verify} messages.
             * @param message NotifyTimeout message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: presence.v1.NotifyTimeout.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified NotifyTimeout message, length delimited. Does not implicitly {@link presence.v1.NotifyTimeout.verify|verify} messages.
             * @param message NotifyTimeout message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: presence.v1.NotifyTimeout.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NotifyTimeout message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {presence.v1.NotifyTimeout & presence.v1.NotifyTimeout.$Shape} NotifyTimeout
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): presence.v1.NotifyTimeout & presence.v1.NotifyTimeout.$Shape;

            /**
             * Decodes a NotifyTimeout message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {presence.v1.NotifyTimeout & presence.v1.NotifyTimeout.$Shape} NotifyTimeout
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): presence.v1.NotifyTimeout & presence.v1.NotifyTimeout.$Shape;

            /**
             * Verifies a NotifyTimeout message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a NotifyTimeout message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns NotifyTimeout
             */
            static fromObject(object: { [k: string]: any }): presence.v1.NotifyTimeout;

            /**
             * Creates a plain object from a NotifyTimeout message. Also converts values to other types if specified.
             * @param message NotifyTimeout
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: presence.v1.NotifyTimeout, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this NotifyTimeout to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for NotifyTimeout
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace NotifyTimeout {

            /** Properties of a NotifyTimeout. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NotifyTimeout. */
            type $Shape = presence.v1.NotifyTimeout.$Properties;
        }

        /**
         * Properties of a NotifyTransportError.
         * @deprecated Use presence.v1.NotifyTransportError.$Properties instead.
         */
        interface INotifyTransportError extends presence.v1.NotifyTransportError.$Properties {
        }

        /** The NOTIFY could not be sent (connection gone, DNS failure, ...). */
        class NotifyTransportError {

            /**
             * Constructs a new NotifyTransportError.
             * @param [properties] Properties to set
             */
            constructor(properties?: presence.v1.NotifyTransportError.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** What went wrong, for logs. */
            message: string;

            /**
             * Creates a new NotifyTransportError instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NotifyTransportError instance
             */
            static create(properties: presence.v1.NotifyTransportError.$Shape): presence.v1.NotifyTransportError & presence.v1.NotifyTransportError.$Shape;
            static create(properties?: presence.v1.NotifyTransportError.$Properties): presence.v1.NotifyTransportError;

            /**
             * Encodes the specified NotifyTransportError message. Does not implicitly {@link presence.v1.NotifyTransportError.verify|verify} messages.
             * @param message NotifyTransportError message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: presence.v1.NotifyTransportError.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified NotifyTransportError message, length delimited. Does not implicitly {@link presence.v1.NotifyTransportError.verify|verify} messages.
             * @param message NotifyTransportError message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: presence.v1.NotifyTransportError.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NotifyTransportError message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {presence.v1.NotifyTransportError & presence.v1.NotifyTransportError.$Shape} NotifyTransportError
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): presence.v1.NotifyTransportError & presence.v1.NotifyTransportError.$Shape;

            /**
             * Decodes a NotifyTransportError message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {presence.v1.NotifyTransportError & presence.v1.NotifyTransportError.$Shape} NotifyTransportError
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): presence.v1.NotifyTransportError & presence.v1.NotifyTransportError.$Shape;

            /**
             * Verifies a NotifyTransportError message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a NotifyTransportError message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns NotifyTransportError
             */
            static fromObject(object: { [k: string]: any }): presence.v1.NotifyTransportError;

            /**
             * Creates a plain object from a NotifyTransportError message. Also converts values to other types if specified.
             * @param message NotifyTransportError
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: presence.v1.NotifyTransportError, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this NotifyTransportError to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for NotifyTransportError
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace NotifyTransportError {

            /** Properties of a NotifyTransportError. */
            interface $Properties {

                /** What went wrong, for logs. */
                message?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NotifyTransportError. */
            type $Shape = presence.v1.NotifyTransportError.$Properties;
        }

        /**
         * Properties of a NotifyOutcome.
         * @deprecated Use presence.v1.NotifyOutcome.$Properties instead.
         */
        interface INotifyOutcome extends presence.v1.NotifyOutcome.$Properties {
        }

        /** How a NOTIFY transaction ended. */
        class NotifyOutcome {

            /**
             * Constructs a new NotifyOutcome.
             * @param [properties] Properties to set
             */
            constructor(properties?: presence.v1.NotifyOutcome.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** A final response arrived. */
            response?: (presence.v1.NotifyResponse.$Properties|null);

            /** No final response before Timer F. */
            timeout?: (presence.v1.NotifyTimeout.$Properties|null);

            /** The request could not be sent. */
            transportError?: (presence.v1.NotifyTransportError.$Properties|null);

            /** Exactly one of these is set. */
            outcome?: ("response"|"timeout"|"transportError");

            /**
             * Creates a new NotifyOutcome instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NotifyOutcome instance
             */
            static create(properties: presence.v1.NotifyOutcome.$Shape): presence.v1.NotifyOutcome & presence.v1.NotifyOutcome.$Shape;
            static create(properties?: presence.v1.NotifyOutcome.$Properties): presence.v1.NotifyOutcome;

            /**
             * Encodes the specified NotifyOutcome message. Does not implicitly {@link presence.v1.NotifyOutcome.verify|verify} messages.
             * @param message NotifyOutcome message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: presence.v1.NotifyOutcome.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified NotifyOutcome message, length delimited. Does not implicitly {@link presence.v1.NotifyOutcome.verify|verify} messages.
             * @param message NotifyOutcome message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: presence.v1.NotifyOutcome.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NotifyOutcome message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {presence.v1.NotifyOutcome & presence.v1.NotifyOutcome.$Shape} NotifyOutcome
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): presence.v1.NotifyOutcome & presence.v1.NotifyOutcome.$Shape;

            /**
             * Decodes a NotifyOutcome message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {presence.v1.NotifyOutcome & presence.v1.NotifyOutcome.$Shape} NotifyOutcome
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): presence.v1.NotifyOutcome & presence.v1.NotifyOutcome.$Shape;

            /**
             * Verifies a NotifyOutcome message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a NotifyOutcome message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns NotifyOutcome
             */
            static fromObject(object: { [k: string]: any }): presence.v1.NotifyOutcome;

            /**
             * Creates a plain object from a NotifyOutcome message. Also converts values to other types if specified.
             * @param message NotifyOutcome
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: presence.v1.NotifyOutcome, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this NotifyOutcome to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for NotifyOutcome
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace NotifyOutcome {

            /** Properties of a NotifyOutcome. */
            interface $Properties {

                /** A final response arrived. */
                response?: (presence.v1.NotifyResponse.$Properties|null);

                /** No final response before Timer F. */
                timeout?: (presence.v1.NotifyTimeout.$Properties|null);

                /** The request could not be sent. */
                transportError?: (presence.v1.NotifyTransportError.$Properties|null);

                /** Exactly one of these is set. */
                outcome?: ("response"|"timeout"|"transportError");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a NotifyOutcome. */
            type $Shape = {
              response?: presence.v1.NotifyResponse.$Shape|null;
              timeout?: presence.v1.NotifyTimeout.$Shape|null;
              transportError?: presence.v1.NotifyTransportError.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ outcome?: undefined; response?: null; timeout?: null; transportError?: null }|{ outcome?: "response"; response: presence.v1.NotifyResponse.$Shape; timeout?: null; transportError?: null }|{ outcome?: "timeout"; response?: null; timeout: presence.v1.NotifyTimeout.$Shape; transportError?: null }|{ outcome?: "transportError"; response?: null; timeout?: null; transportError: presence.v1.NotifyTransportError.$Shape })
            );
        }

        /**
         * Properties of a NotifyResult.
         * @deprecated Use presence.v1.NotifyResult.$Properties instead.
         */
        interface INotifyResult extends presence.v1.NotifyResult.$Properties {
        }

        /** The edge's report on one NOTIFY (the reply to a NotifyRequest). */
        class NotifyResult {

            /**
             * Constructs a new NotifyResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: presence.v1.NotifyResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** How the transaction ended. */
            outcome?: (presence.v1.NotifyOutcome.$Properties|null);

            /** Subscription id copied from the NotifyRequest. */
            subscriptionId: string;

            /** CSeq copied from the NotifyRequest. */
            cseq: number;

            /** Id of the edge that ran the transaction. */
            edgeId: string;

            /** Position of the NOTIFY in its NotifyBatch (0 for a single NotifyRequest). */
            index: number;

            /**
             * Creates a new NotifyResult instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NotifyResult instance
             */
            static create(properties: presence.v1.NotifyResult.$Shape): presence.v1.NotifyResult & presence.v1.NotifyResult.$Shape;
            static create(properties?: presence.v1.NotifyResult.$Properties): presence.v1.NotifyResult;

            /**
             * Encodes the specified NotifyResult message. Does not implicitly {@link presence.v1.NotifyResult.verify|verify} messages.
             * @param message NotifyResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: presence.v1.NotifyResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified NotifyResult message, length delimited. Does not implicitly {@link presence.v1.NotifyResult.verify|verify} messages.
             * @param message NotifyResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: presence.v1.NotifyResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NotifyResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {presence.v1.NotifyResult & presence.v1.NotifyResult.$Shape} NotifyResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): presence.v1.NotifyResult & presence.v1.NotifyResult.$Shape;

            /**
             * Decodes a NotifyResult message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {presence.v1.NotifyResult & presence.v1.NotifyResult.$Shape} NotifyResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): presence.v1.NotifyResult & presence.v1.NotifyResult.$Shape;

            /**
             * Verifies a NotifyResult message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a NotifyResult message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns NotifyResult
             */
            static fromObject(object: { [k: string]: any }): presence.v1.NotifyResult;

            /**
             * Creates a plain object from a NotifyResult message. Also converts values to other types if specified.
             * @param message NotifyResult
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: presence.v1.NotifyResult, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this NotifyResult to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for NotifyResult
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace NotifyResult {

            /** Properties of a NotifyResult. */
            interface $Properties {

                /** How the transaction ended. */
                outcome?: (presence.v1.NotifyOutcome.$Properties|null);

                /** Subscription id copied from the NotifyRequest. */
                subscriptionId?: (string|null);

                /** CSeq copied from the NotifyRequest. */
                cseq?: (number|null);

                /** Id of the edge that ran the transaction. */
                edgeId?: (string|null);

                /** Position of the NOTIFY in its NotifyBatch (0 for a single NotifyRequest). */
                index?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NotifyResult. */
            type $Shape = {
              outcome?: presence.v1.NotifyOutcome.$Shape|null;
              subscriptionId?: string|null;
              cseq?: number|null;
              edgeId?: string|null;
              index?: number|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a NotifyResultBatch.
         * @deprecated Use presence.v1.NotifyResultBatch.$Properties instead.
         */
        interface INotifyResultBatch extends presence.v1.NotifyResultBatch.$Properties {
        }

        /**
         * Results of NOTIFYs of one NotifyBatch, each once, in the order their transactions ended. A
         * NOTIFY the edge could not handle has no result: the notifier treats it as a failed bus call.
         */
        class NotifyResultBatch {

            /**
             * Constructs a new NotifyResultBatch.
             * @param [properties] Properties to set
             */
            constructor(properties?: presence.v1.NotifyResultBatch.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NotifyResultBatch results. */
            results: presence.v1.NotifyResult.$Properties[];

            /**
             * Creates a new NotifyResultBatch instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NotifyResultBatch instance
             */
            static create(properties: presence.v1.NotifyResultBatch.$Shape): presence.v1.NotifyResultBatch & presence.v1.NotifyResultBatch.$Shape;
            static create(properties?: presence.v1.NotifyResultBatch.$Properties): presence.v1.NotifyResultBatch;

            /**
             * Encodes the specified NotifyResultBatch message. Does not implicitly {@link presence.v1.NotifyResultBatch.verify|verify} messages.
             * @param message NotifyResultBatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: presence.v1.NotifyResultBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified NotifyResultBatch message, length delimited. Does not implicitly {@link presence.v1.NotifyResultBatch.verify|verify} messages.
             * @param message NotifyResultBatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: presence.v1.NotifyResultBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NotifyResultBatch message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {presence.v1.NotifyResultBatch & presence.v1.NotifyResultBatch.$Shape} NotifyResultBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): presence.v1.NotifyResultBatch & presence.v1.NotifyResultBatch.$Shape;

            /**
             * Decodes a NotifyResultBatch message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {presence.v1.NotifyResultBatch & presence.v1.NotifyResultBatch.$Shape} NotifyResultBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): presence.v1.NotifyResultBatch & presence.v1.NotifyResultBatch.$Shape;

            /**
             * Verifies a NotifyResultBatch message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a NotifyResultBatch message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns NotifyResultBatch
             */
            static fromObject(object: { [k: string]: any }): presence.v1.NotifyResultBatch;

            /**
             * Creates a plain object from a NotifyResultBatch message. Also converts values to other types if specified.
             * @param message NotifyResultBatch
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: presence.v1.NotifyResultBatch, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this NotifyResultBatch to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for NotifyResultBatch
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace NotifyResultBatch {

            /** Properties of a NotifyResultBatch. */
            interface $Properties {

                /** NotifyResultBatch results */
                results?: (presence.v1.NotifyResult.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NotifyResultBatch. */
            type $Shape = {
              results?: presence.v1.NotifyResult.$Shape[]|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a NotifyReplyEvent.
         * @deprecated Use presence.v1.NotifyReplyEvent.$Properties instead.
         */
        interface INotifyReplyEvent extends presence.v1.NotifyReplyEvent.$Properties {
        }

        /**
         * Kamailio's event_route[presence:notify-reply], for integrations.
         * Subject: <prefix>.events.notify-reply (JetStream).
         */
        class NotifyReplyEvent {

            /**
             * Constructs a new NotifyReplyEvent.
             * @param [properties] Properties to set
             */
            constructor(properties?: presence.v1.NotifyReplyEvent.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * The $subs(...) attributes of the subscription (uri, pres_uri, to_user, callid, local_cseq, ...);
             * numbers as decimal strings, null attributes left out.
             */
            subscription: { [k: string]: string };

            /** How the NOTIFY transaction ended. */
            outcome?: (presence.v1.NotifyOutcome.$Properties|null);

            /** CSeq of the NOTIFY. */
            cseq: number;

            /** Whether the subscription was ended because of this outcome (timeout_rm_subs) or was final. */
            terminated: boolean;

            /** Event id, time and producer. */
            meta?: (presence.v1.EventMeta.$Properties|null);

            /**
             * Creates a new NotifyReplyEvent instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NotifyReplyEvent instance
             */
            static create(properties: presence.v1.NotifyReplyEvent.$Shape): presence.v1.NotifyReplyEvent & presence.v1.NotifyReplyEvent.$Shape;
            static create(properties?: presence.v1.NotifyReplyEvent.$Properties): presence.v1.NotifyReplyEvent;

            /**
             * Encodes the specified NotifyReplyEvent message. Does not implicitly {@link presence.v1.NotifyReplyEvent.verify|verify} messages.
             * @param message NotifyReplyEvent message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: presence.v1.NotifyReplyEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified NotifyReplyEvent message, length delimited. Does not implicitly {@link presence.v1.NotifyReplyEvent.verify|verify} messages.
             * @param message NotifyReplyEvent message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: presence.v1.NotifyReplyEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NotifyReplyEvent message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {presence.v1.NotifyReplyEvent & presence.v1.NotifyReplyEvent.$Shape} NotifyReplyEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): presence.v1.NotifyReplyEvent & presence.v1.NotifyReplyEvent.$Shape;

            /**
             * Decodes a NotifyReplyEvent message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {presence.v1.NotifyReplyEvent & presence.v1.NotifyReplyEvent.$Shape} NotifyReplyEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): presence.v1.NotifyReplyEvent & presence.v1.NotifyReplyEvent.$Shape;

            /**
             * Verifies a NotifyReplyEvent message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a NotifyReplyEvent message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns NotifyReplyEvent
             */
            static fromObject(object: { [k: string]: any }): presence.v1.NotifyReplyEvent;

            /**
             * Creates a plain object from a NotifyReplyEvent message. Also converts values to other types if specified.
             * @param message NotifyReplyEvent
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: presence.v1.NotifyReplyEvent, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this NotifyReplyEvent to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for NotifyReplyEvent
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace NotifyReplyEvent {

            /** Properties of a NotifyReplyEvent. */
            interface $Properties {

                /**
                 * The $subs(...) attributes of the subscription (uri, pres_uri, to_user, callid, local_cseq, ...);
                 * numbers as decimal strings, null attributes left out.
                 */
                subscription?: ({ [k: string]: string }|null);

                /** How the NOTIFY transaction ended. */
                outcome?: (presence.v1.NotifyOutcome.$Properties|null);

                /** CSeq of the NOTIFY. */
                cseq?: (number|null);

                /** Whether the subscription was ended because of this outcome (timeout_rm_subs) or was final. */
                terminated?: (boolean|null);

                /** Event id, time and producer. */
                meta?: (presence.v1.EventMeta.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NotifyReplyEvent. */
            type $Shape = {
              subscription?: { [k: string]: string }|null;
              outcome?: presence.v1.NotifyOutcome.$Shape|null;
              cseq?: number|null;
              terminated?: boolean|null;
              meta?: presence.v1.EventMeta.$Shape|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a Publication.
         * @deprecated Use presence.v1.Publication.$Properties instead.
         */
        interface IPublication extends presence.v1.Publication.$Properties {
        }

        /** One PUBLISHed document, stored per ETag. */
        class Publication {

            /**
             * Constructs a new Publication.
             * @param [properties] Properties to set
             */
            constructor(properties?: presence.v1.Publication.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Canonical presentity "user@host". */
            presentity: string;

            /** Event package with its parameters, e.g. "presence". */
            event: string;

            /** Entity tag issued for the publication (RFC 3903 SIP-ETag). */
            etag: string;

            /** When the publication expires, epoch milliseconds. */
            expiresAt: (number|Long);

            /** When the PUBLISH that created or last refreshed it was received, epoch milliseconds. */
            receivedAt: (number|Long);

            /** Content-Type of the body; absent when the PUBLISH carried none. */
            contentType?: (string|null);

            /** The published document, byte-exact; absent for a body-less publication. */
            body?: (Uint8Array|null);

            /** Sender URI excluded from the NOTIFYs of this change; absent when none. */
            sender?: (string|null);

            /** Aggregation priority (xavp_cfg priority). */
            priority: (number|Long);

            /** Call-ID of the PUBLISH that created it; absent when unknown. */
            callId?: (string|null);

            /** Document version counter kept by the event package; absent when unused. */
            version?: (number|null);

            /**
             * Creates a new Publication instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Publication instance
             */
            static create(properties: presence.v1.Publication.$Shape): presence.v1.Publication & presence.v1.Publication.$Shape;
            static create(properties?: presence.v1.Publication.$Properties): presence.v1.Publication;

            /**
             * Encodes the specified Publication message. Does not implicitly {@link presence.v1.Publication.verify|verify} messages.
             * @param message Publication message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: presence.v1.Publication.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Publication message, length delimited. Does not implicitly {@link presence.v1.Publication.verify|verify} messages.
             * @param message Publication message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: presence.v1.Publication.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Publication message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {presence.v1.Publication & presence.v1.Publication.$Shape} Publication
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): presence.v1.Publication & presence.v1.Publication.$Shape;

            /**
             * Decodes a Publication message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {presence.v1.Publication & presence.v1.Publication.$Shape} Publication
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): presence.v1.Publication & presence.v1.Publication.$Shape;

            /**
             * Verifies a Publication message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Publication message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Publication
             */
            static fromObject(object: { [k: string]: any }): presence.v1.Publication;

            /**
             * Creates a plain object from a Publication message. Also converts values to other types if specified.
             * @param message Publication
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: presence.v1.Publication, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Publication to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Publication
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Publication {

            /** Properties of a Publication. */
            interface $Properties {

                /** Canonical presentity "user@host". */
                presentity?: (string|null);

                /** Event package with its parameters, e.g. "presence". */
                event?: (string|null);

                /** Entity tag issued for the publication (RFC 3903 SIP-ETag). */
                etag?: (string|null);

                /** When the publication expires, epoch milliseconds. */
                expiresAt?: (number|Long|null);

                /** When the PUBLISH that created or last refreshed it was received, epoch milliseconds. */
                receivedAt?: (number|Long|null);

                /** Content-Type of the body; absent when the PUBLISH carried none. */
                contentType?: (string|null);

                /** The published document, byte-exact; absent for a body-less publication. */
                body?: (Uint8Array|null);

                /** Sender URI excluded from the NOTIFYs of this change; absent when none. */
                sender?: (string|null);

                /** Aggregation priority (xavp_cfg priority). */
                priority?: (number|Long|null);

                /** Call-ID of the PUBLISH that created it; absent when unknown. */
                callId?: (string|null);

                /** Document version counter kept by the event package; absent when unused. */
                version?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Publication. */
            type $Shape = presence.v1.Publication.$Properties;
        }

        /** What happened to a publication. */
        enum PublicationEventKind {

            /** Never sent; a decoder rejects it. */
            PUBLICATION_EVENT_KIND_UNSPECIFIED = 0,

            /** Created, refreshed or modified by a PUBLISH. */
            PUBLICATION_EVENT_KIND_STORED = 1,

            /** Removed by a PUBLISH with Expires: 0 or by the management API. */
            PUBLICATION_EVENT_KIND_REMOVED = 2,

            /** Expired and swept. */
            PUBLICATION_EVENT_KIND_EXPIRED = 3
        }

        /**
         * Properties of a PublicationEvent.
         * @deprecated Use presence.v1.PublicationEvent.$Properties instead.
         */
        interface IPublicationEvent extends presence.v1.PublicationEvent.$Properties {
        }

        /**
         * A publication was stored, removed or expired.
         * Subject: <prefix>.events.publication (JetStream).
         */
        class PublicationEvent {

            /**
             * Constructs a new PublicationEvent.
             * @param [properties] Properties to set
             */
            constructor(properties?: presence.v1.PublicationEvent.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** What happened. */
            kind: presence.v1.PublicationEventKind;

            /** The publication after the change (as it was, for removed and expired). */
            publication?: (presence.v1.Publication.$Properties|null);

            /** Event id, time and producer. */
            meta?: (presence.v1.EventMeta.$Properties|null);

            /**
             * Creates a new PublicationEvent instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PublicationEvent instance
             */
            static create(properties: presence.v1.PublicationEvent.$Shape): presence.v1.PublicationEvent & presence.v1.PublicationEvent.$Shape;
            static create(properties?: presence.v1.PublicationEvent.$Properties): presence.v1.PublicationEvent;

            /**
             * Encodes the specified PublicationEvent message. Does not implicitly {@link presence.v1.PublicationEvent.verify|verify} messages.
             * @param message PublicationEvent message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: presence.v1.PublicationEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified PublicationEvent message, length delimited. Does not implicitly {@link presence.v1.PublicationEvent.verify|verify} messages.
             * @param message PublicationEvent message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: presence.v1.PublicationEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PublicationEvent message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {presence.v1.PublicationEvent & presence.v1.PublicationEvent.$Shape} PublicationEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): presence.v1.PublicationEvent & presence.v1.PublicationEvent.$Shape;

            /**
             * Decodes a PublicationEvent message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {presence.v1.PublicationEvent & presence.v1.PublicationEvent.$Shape} PublicationEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): presence.v1.PublicationEvent & presence.v1.PublicationEvent.$Shape;

            /**
             * Verifies a PublicationEvent message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a PublicationEvent message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PublicationEvent
             */
            static fromObject(object: { [k: string]: any }): presence.v1.PublicationEvent;

            /**
             * Creates a plain object from a PublicationEvent message. Also converts values to other types if specified.
             * @param message PublicationEvent
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: presence.v1.PublicationEvent, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PublicationEvent to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for PublicationEvent
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PublicationEvent {

            /** Properties of a PublicationEvent. */
            interface $Properties {

                /** What happened. */
                kind?: (presence.v1.PublicationEventKind|null);

                /** The publication after the change (as it was, for removed and expired). */
                publication?: (presence.v1.Publication.$Properties|null);

                /** Event id, time and producer. */
                meta?: (presence.v1.EventMeta.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PublicationEvent. */
            type $Shape = presence.v1.PublicationEvent.$Properties;
        }

        /**
         * Properties of a PublishRequest.
         * @deprecated Use presence.v1.PublishRequest.$Properties instead.
         */
        interface IPublishRequest extends presence.v1.PublishRequest.$Properties {
        }

        /**
         * A PUBLISH, parsed and validated by the edge.
         * Subject: <prefix>.presentity.publish (request/reply, queue group "presentity").
         */
        class PublishRequest {

            /**
             * Constructs a new PublishRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: presence.v1.PublishRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** The resource: the Request-URI (RFC 3903 4), or the To URI when the Request-URI has no user. */
            presentityUri: string;

            /** The Event header; absent when the request had none. */
            event?: (presence.v1.EventRef.$Properties|null);

            /** Expires header in seconds; absent when the request had none. */
            expires?: (number|null);

            /** SIP-If-Match header (RFC 3903 4.1); absent for an initial publication. */
            ifMatch?: (string|null);

            /** Content-Type of the body; absent when the request had none. */
            contentType?: (string|null);

            /** The body, byte-exact (empty for a refresh). */
            body: Uint8Array;

            /** handle_publish(sender_uri): this watcher gets no NOTIFY for the change; absent = nobody skipped. */
            sender?: (string|null);

            /** xavp_cfg priority of the document; absent = ordered by received time. */
            priority?: (number|Long|null);

            /** Call-ID of the PUBLISH. */
            callId: string;

            /** Where the PUBLISH came from. */
            source?: (presence.v1.PeerInfo.$Properties|null);

            /**
             * Creates a new PublishRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PublishRequest instance
             */
            static create(properties: presence.v1.PublishRequest.$Shape): presence.v1.PublishRequest & presence.v1.PublishRequest.$Shape;
            static create(properties?: presence.v1.PublishRequest.$Properties): presence.v1.PublishRequest;

            /**
             * Encodes the specified PublishRequest message. Does not implicitly {@link presence.v1.PublishRequest.verify|verify} messages.
             * @param message PublishRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: presence.v1.PublishRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified PublishRequest message, length delimited. Does not implicitly {@link presence.v1.PublishRequest.verify|verify} messages.
             * @param message PublishRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: presence.v1.PublishRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PublishRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {presence.v1.PublishRequest & presence.v1.PublishRequest.$Shape} PublishRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): presence.v1.PublishRequest & presence.v1.PublishRequest.$Shape;

            /**
             * Decodes a PublishRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {presence.v1.PublishRequest & presence.v1.PublishRequest.$Shape} PublishRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): presence.v1.PublishRequest & presence.v1.PublishRequest.$Shape;

            /**
             * Verifies a PublishRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a PublishRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PublishRequest
             */
            static fromObject(object: { [k: string]: any }): presence.v1.PublishRequest;

            /**
             * Creates a plain object from a PublishRequest message. Also converts values to other types if specified.
             * @param message PublishRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: presence.v1.PublishRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PublishRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for PublishRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PublishRequest {

            /** Properties of a PublishRequest. */
            interface $Properties {

                /** The resource: the Request-URI (RFC 3903 4), or the To URI when the Request-URI has no user. */
                presentityUri?: (string|null);

                /** The Event header; absent when the request had none. */
                event?: (presence.v1.EventRef.$Properties|null);

                /** Expires header in seconds; absent when the request had none. */
                expires?: (number|null);

                /** SIP-If-Match header (RFC 3903 4.1); absent for an initial publication. */
                ifMatch?: (string|null);

                /** Content-Type of the body; absent when the request had none. */
                contentType?: (string|null);

                /** The body, byte-exact (empty for a refresh). */
                body?: (Uint8Array|null);

                /** handle_publish(sender_uri): this watcher gets no NOTIFY for the change; absent = nobody skipped. */
                sender?: (string|null);

                /** xavp_cfg priority of the document; absent = ordered by received time. */
                priority?: (number|Long|null);

                /** Call-ID of the PUBLISH. */
                callId?: (string|null);

                /** Where the PUBLISH came from. */
                source?: (presence.v1.PeerInfo.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PublishRequest. */
            type $Shape = presence.v1.PublishRequest.$Properties;
        }

        /**
         * Properties of a PublishReply.
         * @deprecated Use presence.v1.PublishReply.$Properties instead.
         */
        interface IPublishReply extends presence.v1.PublishReply.$Properties {
        }

        /** The presentity service's answer to a PublishRequest. */
        class PublishReply {

            /**
             * Constructs a new PublishReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: presence.v1.PublishReply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** The SIP response to send (200 with SIP-ETag and Expires, 412, 423, 489, ...). */
            reply?: (presence.v1.SipReply.$Properties|null);

            /** The change the PUBLISH caused; absent when nothing changed (e.g. an error reply). */
            change?: (presence.v1.PresentityChanged.$Properties|null);

            /**
             * Creates a new PublishReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PublishReply instance
             */
            static create(properties: presence.v1.PublishReply.$Shape): presence.v1.PublishReply & presence.v1.PublishReply.$Shape;
            static create(properties?: presence.v1.PublishReply.$Properties): presence.v1.PublishReply;

            /**
             * Encodes the specified PublishReply message. Does not implicitly {@link presence.v1.PublishReply.verify|verify} messages.
             * @param message PublishReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: presence.v1.PublishReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified PublishReply message, length delimited. Does not implicitly {@link presence.v1.PublishReply.verify|verify} messages.
             * @param message PublishReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: presence.v1.PublishReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PublishReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {presence.v1.PublishReply & presence.v1.PublishReply.$Shape} PublishReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): presence.v1.PublishReply & presence.v1.PublishReply.$Shape;

            /**
             * Decodes a PublishReply message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {presence.v1.PublishReply & presence.v1.PublishReply.$Shape} PublishReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): presence.v1.PublishReply & presence.v1.PublishReply.$Shape;

            /**
             * Verifies a PublishReply message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a PublishReply message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PublishReply
             */
            static fromObject(object: { [k: string]: any }): presence.v1.PublishReply;

            /**
             * Creates a plain object from a PublishReply message. Also converts values to other types if specified.
             * @param message PublishReply
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: presence.v1.PublishReply, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PublishReply to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for PublishReply
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PublishReply {

            /** Properties of a PublishReply. */
            interface $Properties {

                /** The SIP response to send (200 with SIP-ETag and Expires, 412, 423, 489, ...). */
                reply?: (presence.v1.SipReply.$Properties|null);

                /** The change the PUBLISH caused; absent when nothing changed (e.g. an error reply). */
                change?: (presence.v1.PresentityChanged.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PublishReply. */
            type $Shape = presence.v1.PublishReply.$Properties;
        }

        /** Why the state of a presentity changed. */
        enum ChangeReason {

            /** Never sent; a decoder rejects it. */
            CHANGE_REASON_UNSPECIFIED = 0,

            /** A new publication was stored. */
            CHANGE_REASON_NEW = 1,

            /** A publication's document was replaced (SIP-If-Match with a body). */
            CHANGE_REASON_MODIFIED = 2,

            /** A publication was removed (Expires: 0). */
            CHANGE_REASON_REMOVED = 3,

            /** A publication expired. */
            CHANGE_REASON_EXPIRED = 4,

            /** A publication was refreshed without a new body. */
            CHANGE_REASON_REFRESHED = 5
        }

        /**
         * Properties of a PresentityChanged.
         * @deprecated Use presence.v1.PresentityChanged.$Properties instead.
         */
        interface IPresentityChanged extends presence.v1.PresentityChanged.$Properties {
        }

        /**
         * The published state of a presentity changed: its watchers need a NOTIFY.
         * Subject: <prefix>.events.presentity (JetStream).
         */
        class PresentityChanged {

            /**
             * Constructs a new PresentityChanged.
             * @param [properties] Properties to set
             */
            constructor(properties?: presence.v1.PresentityChanged.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Canonical presentity "user@host". */
            presentity: string;

            /** Full presentity URI, e.g. "sip:bob@example.com". */
            presentityUri: string;

            /** Event package of the changed publication, e.g. "presence". */
            event: string;

            /** What happened. */
            reason: presence.v1.ChangeReason;

            /** Canonical watcher identity to skip (Sender of the PUBLISH); absent = notify everybody. */
            excludeWatcher?: (string|null);

            /**
             * The presentity's live dialogs of this event, read right after the change was stored (in the
             * same store round trip): the notifier locks these instead of reading them itself. Absent when
             * the producer did not read them (the notifier then does); present and empty when there are none.
             */
            watchers?: (presence.v1.DialogRefs.$Properties|null);

            /** Event id, time and producer; absent inside a PublishReply. */
            meta?: (presence.v1.EventMeta.$Properties|null);

            /**
             * Creates a new PresentityChanged instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PresentityChanged instance
             */
            static create(properties: presence.v1.PresentityChanged.$Shape): presence.v1.PresentityChanged & presence.v1.PresentityChanged.$Shape;
            static create(properties?: presence.v1.PresentityChanged.$Properties): presence.v1.PresentityChanged;

            /**
             * Encodes the specified PresentityChanged message. Does not implicitly {@link presence.v1.PresentityChanged.verify|verify} messages.
             * @param message PresentityChanged message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: presence.v1.PresentityChanged.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified PresentityChanged message, length delimited. Does not implicitly {@link presence.v1.PresentityChanged.verify|verify} messages.
             * @param message PresentityChanged message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: presence.v1.PresentityChanged.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PresentityChanged message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {presence.v1.PresentityChanged & presence.v1.PresentityChanged.$Shape} PresentityChanged
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): presence.v1.PresentityChanged & presence.v1.PresentityChanged.$Shape;

            /**
             * Decodes a PresentityChanged message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {presence.v1.PresentityChanged & presence.v1.PresentityChanged.$Shape} PresentityChanged
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): presence.v1.PresentityChanged & presence.v1.PresentityChanged.$Shape;

            /**
             * Verifies a PresentityChanged message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a PresentityChanged message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PresentityChanged
             */
            static fromObject(object: { [k: string]: any }): presence.v1.PresentityChanged;

            /**
             * Creates a plain object from a PresentityChanged message. Also converts values to other types if specified.
             * @param message PresentityChanged
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: presence.v1.PresentityChanged, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PresentityChanged to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for PresentityChanged
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PresentityChanged {

            /** Properties of a PresentityChanged. */
            interface $Properties {

                /** Canonical presentity "user@host". */
                presentity?: (string|null);

                /** Full presentity URI, e.g. "sip:bob@example.com". */
                presentityUri?: (string|null);

                /** Event package of the changed publication, e.g. "presence". */
                event?: (string|null);

                /** What happened. */
                reason?: (presence.v1.ChangeReason|null);

                /** Canonical watcher identity to skip (Sender of the PUBLISH); absent = notify everybody. */
                excludeWatcher?: (string|null);

                /**
                 * The presentity's live dialogs of this event, read right after the change was stored (in the
                 * same store round trip): the notifier locks these instead of reading them itself. Absent when
                 * the producer did not read them (the notifier then does); present and empty when there are none.
                 */
                watchers?: (presence.v1.DialogRefs.$Properties|null);

                /** Event id, time and producer; absent inside a PublishReply. */
                meta?: (presence.v1.EventMeta.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PresentityChanged. */
            type $Shape = presence.v1.PresentityChanged.$Properties;
        }

        /**
         * Properties of a DialogRefs.
         * @deprecated Use presence.v1.DialogRefs.$Properties instead.
         */
        interface IDialogRefs extends presence.v1.DialogRefs.$Properties {
        }

        /** Subscription dialogs by store key. */
        class DialogRefs {

            /**
             * Constructs a new DialogRefs.
             * @param [properties] Properties to set
             */
            constructor(properties?: presence.v1.DialogRefs.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DialogRefs refs. */
            refs: presence.v1.DialogRef.$Properties[];

            /**
             * Creates a new DialogRefs instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DialogRefs instance
             */
            static create(properties: presence.v1.DialogRefs.$Shape): presence.v1.DialogRefs & presence.v1.DialogRefs.$Shape;
            static create(properties?: presence.v1.DialogRefs.$Properties): presence.v1.DialogRefs;

            /**
             * Encodes the specified DialogRefs message. Does not implicitly {@link presence.v1.DialogRefs.verify|verify} messages.
             * @param message DialogRefs message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: presence.v1.DialogRefs.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified DialogRefs message, length delimited. Does not implicitly {@link presence.v1.DialogRefs.verify|verify} messages.
             * @param message DialogRefs message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: presence.v1.DialogRefs.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DialogRefs message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {presence.v1.DialogRefs & presence.v1.DialogRefs.$Shape} DialogRefs
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): presence.v1.DialogRefs & presence.v1.DialogRefs.$Shape;

            /**
             * Decodes a DialogRefs message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {presence.v1.DialogRefs & presence.v1.DialogRefs.$Shape} DialogRefs
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): presence.v1.DialogRefs & presence.v1.DialogRefs.$Shape;

            /**
             * Verifies a DialogRefs message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a DialogRefs message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns DialogRefs
             */
            static fromObject(object: { [k: string]: any }): presence.v1.DialogRefs;

            /**
             * Creates a plain object from a DialogRefs message. Also converts values to other types if specified.
             * @param message DialogRefs
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: presence.v1.DialogRefs, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DialogRefs to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for DialogRefs
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DialogRefs {

            /** Properties of a DialogRefs. */
            interface $Properties {

                /** DialogRefs refs */
                refs?: (presence.v1.DialogRef.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DialogRefs. */
            type $Shape = presence.v1.DialogRefs.$Properties;
        }

        /**
         * Properties of a DialogRef.
         * @deprecated Use presence.v1.DialogRef.$Properties instead.
         */
        interface IDialogRef extends presence.v1.DialogRef.$Properties {
        }

        /** Represents a DialogRef. */
        class DialogRef {

            /**
             * Constructs a new DialogRef.
             * @param [properties] Properties to set
             */
            constructor(properties?: presence.v1.DialogRef.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** presentitySlot of the dialog's presentity. */
            slot: string;

            /** Subscription id (our To-tag). */
            id: string;

            /**
             * Creates a new DialogRef instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DialogRef instance
             */
            static create(properties: presence.v1.DialogRef.$Shape): presence.v1.DialogRef & presence.v1.DialogRef.$Shape;
            static create(properties?: presence.v1.DialogRef.$Properties): presence.v1.DialogRef;

            /**
             * Encodes the specified DialogRef message. Does not implicitly {@link presence.v1.DialogRef.verify|verify} messages.
             * @param message DialogRef message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: presence.v1.DialogRef.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified DialogRef message, length delimited. Does not implicitly {@link presence.v1.DialogRef.verify|verify} messages.
             * @param message DialogRef message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: presence.v1.DialogRef.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DialogRef message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {presence.v1.DialogRef & presence.v1.DialogRef.$Shape} DialogRef
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): presence.v1.DialogRef & presence.v1.DialogRef.$Shape;

            /**
             * Decodes a DialogRef message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {presence.v1.DialogRef & presence.v1.DialogRef.$Shape} DialogRef
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): presence.v1.DialogRef & presence.v1.DialogRef.$Shape;

            /**
             * Verifies a DialogRef message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a DialogRef message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns DialogRef
             */
            static fromObject(object: { [k: string]: any }): presence.v1.DialogRef;

            /**
             * Creates a plain object from a DialogRef message. Also converts values to other types if specified.
             * @param message DialogRef
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: presence.v1.DialogRef, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DialogRef to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for DialogRef
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DialogRef {

            /** Properties of a DialogRef. */
            interface $Properties {

                /** presentitySlot of the dialog's presentity. */
                slot?: (string|null);

                /** Subscription id (our To-tag). */
                id?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DialogRef. */
            type $Shape = presence.v1.DialogRef.$Properties;
        }

        /**
         * Properties of a SubscribeRequest.
         * @deprecated Use presence.v1.SubscribeRequest.$Properties instead.
         */
        interface ISubscribeRequest extends presence.v1.SubscribeRequest.$Properties {
        }

        /**
         * A SUBSCRIBE (initial, refresh, fetch with Expires: 0, or unsubscribe), parsed by the edge.
         * Subject: <prefix>.subscription.subscribe (request/reply, queue group "subscription").
         */
        class SubscribeRequest {

            /**
             * Constructs a new SubscribeRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: presence.v1.SubscribeRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Request-URI. */
            requestUri: string;

            /** From URI. */
            fromUri: string;

            /** From tag. */
            fromTag: string;

            /** From display name; absent when the From header has none. */
            fromDisplayName?: (string|null);

            /** To URI. */
            toUri: string;

            /** To tag; absent for a dialog-creating SUBSCRIBE. */
            toTag?: (string|null);

            /** Call-ID. */
            callId: string;

            /** CSeq number. */
            cseq: number;

            /** The Event header; absent when the request had none. */
            event?: (presence.v1.EventRef.$Properties|null);

            /** Expires header in seconds; absent when the request had none. */
            expires?: (number|null);

            /** Accept header elements; absent when the request had no Accept header. */
            accept?: (presence.v1.StringList.$Properties|null);

            /** Contact URI (the remote target); absent when the request had none. */
            contact?: (string|null);

            /** Record-Route values in the order received (the NOTIFY route set, RFC 3261 12.1.1). */
            recordRoute: string[];

            /** handle_subscribe(watcher_uri), e.g. from P-Asserted-Identity; absent = the From URI. */
            watcherUri?: (string|null);

            /** User-Agent header; absent when the request had none. */
            userAgent?: (string|null);

            /** Where the SUBSCRIBE came from (NOTIFYs of TCP/TLS/WS flows go back through it). */
            source?: (presence.v1.PeerInfo.$Properties|null);

            /**
             * Creates a new SubscribeRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SubscribeRequest instance
             */
            static create(properties: presence.v1.SubscribeRequest.$Shape): presence.v1.SubscribeRequest & presence.v1.SubscribeRequest.$Shape;
            static create(properties?: presence.v1.SubscribeRequest.$Properties): presence.v1.SubscribeRequest;

            /**
             * Encodes the specified SubscribeRequest message. Does not implicitly {@link presence.v1.SubscribeRequest.verify|verify} messages.
             * @param message SubscribeRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: presence.v1.SubscribeRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SubscribeRequest message, length delimited. Does not implicitly {@link presence.v1.SubscribeRequest.verify|verify} messages.
             * @param message SubscribeRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: presence.v1.SubscribeRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SubscribeRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {presence.v1.SubscribeRequest & presence.v1.SubscribeRequest.$Shape} SubscribeRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): presence.v1.SubscribeRequest & presence.v1.SubscribeRequest.$Shape;

            /**
             * Decodes a SubscribeRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {presence.v1.SubscribeRequest & presence.v1.SubscribeRequest.$Shape} SubscribeRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): presence.v1.SubscribeRequest & presence.v1.SubscribeRequest.$Shape;

            /**
             * Verifies a SubscribeRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SubscribeRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SubscribeRequest
             */
            static fromObject(object: { [k: string]: any }): presence.v1.SubscribeRequest;

            /**
             * Creates a plain object from a SubscribeRequest message. Also converts values to other types if specified.
             * @param message SubscribeRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: presence.v1.SubscribeRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SubscribeRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SubscribeRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SubscribeRequest {

            /** Properties of a SubscribeRequest. */
            interface $Properties {

                /** Request-URI. */
                requestUri?: (string|null);

                /** From URI. */
                fromUri?: (string|null);

                /** From tag. */
                fromTag?: (string|null);

                /** From display name; absent when the From header has none. */
                fromDisplayName?: (string|null);

                /** To URI. */
                toUri?: (string|null);

                /** To tag; absent for a dialog-creating SUBSCRIBE. */
                toTag?: (string|null);

                /** Call-ID. */
                callId?: (string|null);

                /** CSeq number. */
                cseq?: (number|null);

                /** The Event header; absent when the request had none. */
                event?: (presence.v1.EventRef.$Properties|null);

                /** Expires header in seconds; absent when the request had none. */
                expires?: (number|null);

                /** Accept header elements; absent when the request had no Accept header. */
                accept?: (presence.v1.StringList.$Properties|null);

                /** Contact URI (the remote target); absent when the request had none. */
                contact?: (string|null);

                /** Record-Route values in the order received (the NOTIFY route set, RFC 3261 12.1.1). */
                recordRoute?: (string[]|null);

                /** handle_subscribe(watcher_uri), e.g. from P-Asserted-Identity; absent = the From URI. */
                watcherUri?: (string|null);

                /** User-Agent header; absent when the request had none. */
                userAgent?: (string|null);

                /** Where the SUBSCRIBE came from (NOTIFYs of TCP/TLS/WS flows go back through it). */
                source?: (presence.v1.PeerInfo.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SubscribeRequest. */
            type $Shape = presence.v1.SubscribeRequest.$Properties;
        }

        /**
         * Properties of a SubscribeReply.
         * @deprecated Use presence.v1.SubscribeReply.$Properties instead.
         */
        interface ISubscribeReply extends presence.v1.SubscribeReply.$Properties {
        }

        /** The subscription service's answer to a SubscribeRequest. */
        class SubscribeReply {

            /**
             * Constructs a new SubscribeReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: presence.v1.SubscribeReply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** The SIP response to send (200/202 with To-tag, Expires and Contact, or an error). */
            reply?: (presence.v1.SipReply.$Properties|null);

            /** What the notifier must do next; absent when no NOTIFY follows (e.g. an error reply). */
            change?: (presence.v1.SubscriptionChanged.$Properties|null);

            /**
             * Creates a new SubscribeReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SubscribeReply instance
             */
            static create(properties: presence.v1.SubscribeReply.$Shape): presence.v1.SubscribeReply & presence.v1.SubscribeReply.$Shape;
            static create(properties?: presence.v1.SubscribeReply.$Properties): presence.v1.SubscribeReply;

            /**
             * Encodes the specified SubscribeReply message. Does not implicitly {@link presence.v1.SubscribeReply.verify|verify} messages.
             * @param message SubscribeReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: presence.v1.SubscribeReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SubscribeReply message, length delimited. Does not implicitly {@link presence.v1.SubscribeReply.verify|verify} messages.
             * @param message SubscribeReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: presence.v1.SubscribeReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SubscribeReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {presence.v1.SubscribeReply & presence.v1.SubscribeReply.$Shape} SubscribeReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): presence.v1.SubscribeReply & presence.v1.SubscribeReply.$Shape;

            /**
             * Decodes a SubscribeReply message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {presence.v1.SubscribeReply & presence.v1.SubscribeReply.$Shape} SubscribeReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): presence.v1.SubscribeReply & presence.v1.SubscribeReply.$Shape;

            /**
             * Verifies a SubscribeReply message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SubscribeReply message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SubscribeReply
             */
            static fromObject(object: { [k: string]: any }): presence.v1.SubscribeReply;

            /**
             * Creates a plain object from a SubscribeReply message. Also converts values to other types if specified.
             * @param message SubscribeReply
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: presence.v1.SubscribeReply, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SubscribeReply to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SubscribeReply
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SubscribeReply {

            /** Properties of a SubscribeReply. */
            interface $Properties {

                /** The SIP response to send (200/202 with To-tag, Expires and Contact, or an error). */
                reply?: (presence.v1.SipReply.$Properties|null);

                /** What the notifier must do next; absent when no NOTIFY follows (e.g. an error reply). */
                change?: (presence.v1.SubscriptionChanged.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SubscribeReply. */
            type $Shape = {
              reply?: presence.v1.SipReply.$Shape|null;
              change?: presence.v1.SubscriptionChanged.$Shape|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a SubscriptionChanged.
         * @deprecated Use presence.v1.SubscriptionChanged.$Properties instead.
         */
        interface ISubscriptionChanged extends presence.v1.SubscriptionChanged.$Properties {
        }

        /**
         * A subscription dialog changed: the notifier must send a NOTIFY.
         * Subject: <prefix>.events.subscription (JetStream).
         */
        class SubscriptionChanged {

            /**
             * Constructs a new SubscriptionChanged.
             * @param [properties] Properties to set
             */
            constructor(properties?: presence.v1.SubscriptionChanged.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** The dialog is stored: notify its current state. */
            state?: (presence.v1.SubscriptionChanged.State.$Properties|null);

            /** The dialog is gone: send the final NOTIFY. */
            final?: (presence.v1.SubscriptionChanged.Final.$Properties|null);

            /** Event id, time and producer; absent inside a SubscribeReply. */
            meta?: (presence.v1.EventMeta.$Properties|null);

            /** Exactly one of these is set. */
            change?: ("state"|"final");

            /**
             * Creates a new SubscriptionChanged instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SubscriptionChanged instance
             */
            static create(properties: presence.v1.SubscriptionChanged.$Shape): presence.v1.SubscriptionChanged & presence.v1.SubscriptionChanged.$Shape;
            static create(properties?: presence.v1.SubscriptionChanged.$Properties): presence.v1.SubscriptionChanged;

            /**
             * Encodes the specified SubscriptionChanged message. Does not implicitly {@link presence.v1.SubscriptionChanged.verify|verify} messages.
             * @param message SubscriptionChanged message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: presence.v1.SubscriptionChanged.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SubscriptionChanged message, length delimited. Does not implicitly {@link presence.v1.SubscriptionChanged.verify|verify} messages.
             * @param message SubscriptionChanged message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: presence.v1.SubscriptionChanged.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SubscriptionChanged message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {presence.v1.SubscriptionChanged & presence.v1.SubscriptionChanged.$Shape} SubscriptionChanged
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): presence.v1.SubscriptionChanged & presence.v1.SubscriptionChanged.$Shape;

            /**
             * Decodes a SubscriptionChanged message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {presence.v1.SubscriptionChanged & presence.v1.SubscriptionChanged.$Shape} SubscriptionChanged
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): presence.v1.SubscriptionChanged & presence.v1.SubscriptionChanged.$Shape;

            /**
             * Verifies a SubscriptionChanged message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SubscriptionChanged message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SubscriptionChanged
             */
            static fromObject(object: { [k: string]: any }): presence.v1.SubscriptionChanged;

            /**
             * Creates a plain object from a SubscriptionChanged message. Also converts values to other types if specified.
             * @param message SubscriptionChanged
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: presence.v1.SubscriptionChanged, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SubscriptionChanged to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SubscriptionChanged
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SubscriptionChanged {

            /** Properties of a SubscriptionChanged. */
            interface $Properties {

                /** The dialog is stored: notify its current state. */
                state?: (presence.v1.SubscriptionChanged.State.$Properties|null);

                /** The dialog is gone: send the final NOTIFY. */
                final?: (presence.v1.SubscriptionChanged.Final.$Properties|null);

                /** Event id, time and producer; absent inside a SubscribeReply. */
                meta?: (presence.v1.EventMeta.$Properties|null);

                /** Exactly one of these is set. */
                change?: ("state"|"final");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a SubscriptionChanged. */
            type $Shape = {
              state?: presence.v1.SubscriptionChanged.State.$Shape|null;
              final?: presence.v1.SubscriptionChanged.Final.$Shape|null;
              meta?: presence.v1.EventMeta.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ change?: undefined; state?: null; final?: null }|{ change?: "state"; state: presence.v1.SubscriptionChanged.State.$Shape; final?: null }|{ change?: "final"; state?: null; final: presence.v1.SubscriptionChanged.Final.$Shape })
            );

            /**
             * Properties of a State.
             * @deprecated Use presence.v1.SubscriptionChanged.State.$Properties instead.
             */
            interface IState extends presence.v1.SubscriptionChanged.State.$Properties {
            }

            /** Send the current state on a stored dialog (initial subscribe, refresh). */
            class State {

                /**
                 * Constructs a new State.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: presence.v1.SubscriptionChanged.State.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** presentitySlot of the presentity (part of the store key). */
                slot: string;

                /** Subscription id (our To-tag). */
                id: string;

                /**
                 * The dialog's presentity key and event package, when the producer sets them: the notifier then
                 * locks the dialog and reads what its NOTIFY needs in one step. Empty: it reads the record first.
                 */
                presentity: string;

                /** State event. */
                event: string;

                /**
                 * The presentity's URI, when the producer sets it with presentity and event: the watcher
                 * information change a SUBSCRIBE causes (RFC 3857) needs no read of the record either.
                 */
                presentityUri: string;

                /**
                 * Creates a new State instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns State instance
                 */
                static create(properties: presence.v1.SubscriptionChanged.State.$Shape): presence.v1.SubscriptionChanged.State & presence.v1.SubscriptionChanged.State.$Shape;
                static create(properties?: presence.v1.SubscriptionChanged.State.$Properties): presence.v1.SubscriptionChanged.State;

                /**
                 * Encodes the specified State message. Does not implicitly {@link presence.v1.SubscriptionChanged.State.verify|verify} messages.
                 * @param message State message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: presence.v1.SubscriptionChanged.State.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified State message, length delimited. Does not implicitly {@link presence.v1.SubscriptionChanged.State.verify|verify} messages.
                 * @param message State message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: presence.v1.SubscriptionChanged.State.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a State message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {presence.v1.SubscriptionChanged.State & presence.v1.SubscriptionChanged.State.$Shape} State
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): presence.v1.SubscriptionChanged.State & presence.v1.SubscriptionChanged.State.$Shape;

                /**
                 * Decodes a State message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {presence.v1.SubscriptionChanged.State & presence.v1.SubscriptionChanged.State.$Shape} State
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): presence.v1.SubscriptionChanged.State & presence.v1.SubscriptionChanged.State.$Shape;

                /**
                 * Verifies a State message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a State message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns State
                 */
                static fromObject(object: { [k: string]: any }): presence.v1.SubscriptionChanged.State;

                /**
                 * Creates a plain object from a State message. Also converts values to other types if specified.
                 * @param message State
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: presence.v1.SubscriptionChanged.State, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this State to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for State
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace State {

                /** Properties of a State. */
                interface $Properties {

                    /** presentitySlot of the presentity (part of the store key). */
                    slot?: (string|null);

                    /** Subscription id (our To-tag). */
                    id?: (string|null);

                    /**
                     * The dialog's presentity key and event package, when the producer sets them: the notifier then
                     * locks the dialog and reads what its NOTIFY needs in one step. Empty: it reads the record first.
                     */
                    presentity?: (string|null);

                    /** State event */
                    event?: (string|null);

                    /**
                     * The presentity's URI, when the producer sets it with presentity and event: the watcher
                     * information change a SUBSCRIBE causes (RFC 3857) needs no read of the record either.
                     */
                    presentityUri?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a State. */
                type $Shape = presence.v1.SubscriptionChanged.State.$Properties;
            }

            /**
             * Properties of a Final.
             * @deprecated Use presence.v1.SubscriptionChanged.Final.$Properties instead.
             */
            interface IFinal extends presence.v1.SubscriptionChanged.Final.$Properties {
            }

            /** Send a final NOTIFY (terminated) for a dialog that no longer exists in the store. */
            class Final {

                /**
                 * Constructs a new Final.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: presence.v1.SubscriptionChanged.Final.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** The dialog as it was when it ended. */
                subscription?: (presence.v1.Subscription.$Properties|null);

                /** Subscription-State reason (RFC 6665 4.1.3), e.g. "timeout". */
                reason: string;

                /**
                 * Creates a new Final instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Final instance
                 */
                static create(properties: presence.v1.SubscriptionChanged.Final.$Shape): presence.v1.SubscriptionChanged.Final & presence.v1.SubscriptionChanged.Final.$Shape;
                static create(properties?: presence.v1.SubscriptionChanged.Final.$Properties): presence.v1.SubscriptionChanged.Final;

                /**
                 * Encodes the specified Final message. Does not implicitly {@link presence.v1.SubscriptionChanged.Final.verify|verify} messages.
                 * @param message Final message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: presence.v1.SubscriptionChanged.Final.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Final message, length delimited. Does not implicitly {@link presence.v1.SubscriptionChanged.Final.verify|verify} messages.
                 * @param message Final message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: presence.v1.SubscriptionChanged.Final.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Final message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {presence.v1.SubscriptionChanged.Final & presence.v1.SubscriptionChanged.Final.$Shape} Final
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): presence.v1.SubscriptionChanged.Final & presence.v1.SubscriptionChanged.Final.$Shape;

                /**
                 * Decodes a Final message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {presence.v1.SubscriptionChanged.Final & presence.v1.SubscriptionChanged.Final.$Shape} Final
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): presence.v1.SubscriptionChanged.Final & presence.v1.SubscriptionChanged.Final.$Shape;

                /**
                 * Verifies a Final message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Final message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Final
                 */
                static fromObject(object: { [k: string]: any }): presence.v1.SubscriptionChanged.Final;

                /**
                 * Creates a plain object from a Final message. Also converts values to other types if specified.
                 * @param message Final
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: presence.v1.SubscriptionChanged.Final, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Final to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Final
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Final {

                /** Properties of a Final. */
                interface $Properties {

                    /** The dialog as it was when it ended. */
                    subscription?: (presence.v1.Subscription.$Properties|null);

                    /** Subscription-State reason (RFC 6665 4.1.3), e.g. "timeout". */
                    reason?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Final. */
                type $Shape = presence.v1.SubscriptionChanged.Final.$Properties;
            }
        }

        /** Subscription-State of a dialog (RFC 6665 4.1.3). */
        enum SubscriptionStatus {

            /** Never sent; a decoder rejects it. */
            SUBSCRIPTION_STATUS_UNSPECIFIED = 0,

            /** Authorized. */
            SUBSCRIPTION_STATUS_ACTIVE = 1,

            /** Waiting for authorization. */
            SUBSCRIPTION_STATUS_PENDING = 2,

            /** Ended. */
            SUBSCRIPTION_STATUS_TERMINATED = 3
        }

        /**
         * Properties of a Subscription.
         * @deprecated Use presence.v1.Subscription.$Properties instead.
         */
        interface ISubscription extends presence.v1.Subscription.$Properties {
        }

        /** One subscription dialog, notifier side (Kamailio table active_watchers). */
        class Subscription {

            /**
             * Constructs a new Subscription.
             * @param [properties] Properties to set
             */
            constructor(properties?: presence.v1.Subscription.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Our To-tag; unique over all subscriptions. */
            id: string;

            /** presentitySlot(presentity), embedded in the To-tag. */
            slot: string;

            /** Canonical presentity "user@host". */
            presentity: string;

            /** Full presentity URI as subscribed. */
            presentityUri: string;

            /** Our URI in the dialog (From URI of every NOTIFY). */
            localUri: string;

            /** Event package, e.g. "presence". */
            event: string;

            /** The Event header's id parameter; absent when the SUBSCRIBE had none. */
            eventId?: (string|null);

            /** Canonical watcher "user@host". */
            watcher: string;

            /** Full From URI of the watcher. */
            watcherUri: string;

            /** From display name; absent when none. */
            watcherDisplayName?: (string|null);

            /** Call-ID of the dialog. */
            callId: string;

            /** The watcher's tag (From tag of the SUBSCRIBE). */
            fromTag: string;

            /** Our tag; always equal to id. */
            toTag: string;

            /** CSeq of the last SUBSCRIBE accepted on the dialog. */
            remoteCseq: number;

            /** CSeq of the last NOTIFY sent. */
            localCseq: number;

            /** Remote target URI (the SUBSCRIBE's Contact). */
            contact: string;

            /** Route set for in-dialog requests, in sending order. */
            routeSet: string[];

            /** Our Contact (server_address) for this dialog. */
            localContact: string;

            /** Transport the SUBSCRIBE came in on. */
            transport: string;

            /** Source IP address of the SUBSCRIBE. */
            sourceAddress: string;

            /** Source port of the SUBSCRIBE. */
            sourcePort: number;

            /** Edge connection id of a connection-oriented flow; absent for UDP. */
            connectionId?: (string|null);

            /** When the subscription expires, epoch milliseconds. */
            expiresAt: (number|Long);

            /** Subscription-State of the dialog. */
            status: presence.v1.SubscriptionStatus;

            /** Subscription-State reason; absent when none. */
            reason?: (string|null);

            /** Accept header values of the SUBSCRIBE, in order. */
            accept: string[];

            /** User-Agent of the watcher; absent when none. */
            userAgent?: (string|null);

            /** When the dialog was created, epoch milliseconds. */
            createdAt: (number|Long);

            /** When the dialog was last changed by a SUBSCRIBE, epoch milliseconds. */
            updatedAt: (number|Long);

            /** Per-watcher body version (winfo and dialog documents). */
            version: number;

            /** Event-package specific values; absent when the record has none. */
            extra?: (presence.v1.StringMap.$Properties|null);

            /**
             * Creates a new Subscription instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Subscription instance
             */
            static create(properties: presence.v1.Subscription.$Shape): presence.v1.Subscription & presence.v1.Subscription.$Shape;
            static create(properties?: presence.v1.Subscription.$Properties): presence.v1.Subscription;

            /**
             * Encodes the specified Subscription message. Does not implicitly {@link presence.v1.Subscription.verify|verify} messages.
             * @param message Subscription message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: presence.v1.Subscription.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Subscription message, length delimited. Does not implicitly {@link presence.v1.Subscription.verify|verify} messages.
             * @param message Subscription message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: presence.v1.Subscription.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Subscription message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {presence.v1.Subscription & presence.v1.Subscription.$Shape} Subscription
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): presence.v1.Subscription & presence.v1.Subscription.$Shape;

            /**
             * Decodes a Subscription message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {presence.v1.Subscription & presence.v1.Subscription.$Shape} Subscription
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): presence.v1.Subscription & presence.v1.Subscription.$Shape;

            /**
             * Verifies a Subscription message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Subscription message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Subscription
             */
            static fromObject(object: { [k: string]: any }): presence.v1.Subscription;

            /**
             * Creates a plain object from a Subscription message. Also converts values to other types if specified.
             * @param message Subscription
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: presence.v1.Subscription, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Subscription to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Subscription
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Subscription {

            /** Properties of a Subscription. */
            interface $Properties {

                /** Our To-tag; unique over all subscriptions. */
                id?: (string|null);

                /** presentitySlot(presentity), embedded in the To-tag. */
                slot?: (string|null);

                /** Canonical presentity "user@host". */
                presentity?: (string|null);

                /** Full presentity URI as subscribed. */
                presentityUri?: (string|null);

                /** Our URI in the dialog (From URI of every NOTIFY). */
                localUri?: (string|null);

                /** Event package, e.g. "presence". */
                event?: (string|null);

                /** The Event header's id parameter; absent when the SUBSCRIBE had none. */
                eventId?: (string|null);

                /** Canonical watcher "user@host". */
                watcher?: (string|null);

                /** Full From URI of the watcher. */
                watcherUri?: (string|null);

                /** From display name; absent when none. */
                watcherDisplayName?: (string|null);

                /** Call-ID of the dialog. */
                callId?: (string|null);

                /** The watcher's tag (From tag of the SUBSCRIBE). */
                fromTag?: (string|null);

                /** Our tag; always equal to id. */
                toTag?: (string|null);

                /** CSeq of the last SUBSCRIBE accepted on the dialog. */
                remoteCseq?: (number|null);

                /** CSeq of the last NOTIFY sent. */
                localCseq?: (number|null);

                /** Remote target URI (the SUBSCRIBE's Contact). */
                contact?: (string|null);

                /** Route set for in-dialog requests, in sending order. */
                routeSet?: (string[]|null);

                /** Our Contact (server_address) for this dialog. */
                localContact?: (string|null);

                /** Transport the SUBSCRIBE came in on. */
                transport?: (string|null);

                /** Source IP address of the SUBSCRIBE. */
                sourceAddress?: (string|null);

                /** Source port of the SUBSCRIBE. */
                sourcePort?: (number|null);

                /** Edge connection id of a connection-oriented flow; absent for UDP. */
                connectionId?: (string|null);

                /** When the subscription expires, epoch milliseconds. */
                expiresAt?: (number|Long|null);

                /** Subscription-State of the dialog. */
                status?: (presence.v1.SubscriptionStatus|null);

                /** Subscription-State reason; absent when none. */
                reason?: (string|null);

                /** Accept header values of the SUBSCRIBE, in order. */
                accept?: (string[]|null);

                /** User-Agent of the watcher; absent when none. */
                userAgent?: (string|null);

                /** When the dialog was created, epoch milliseconds. */
                createdAt?: (number|Long|null);

                /** When the dialog was last changed by a SUBSCRIBE, epoch milliseconds. */
                updatedAt?: (number|Long|null);

                /** Per-watcher body version (winfo and dialog documents). */
                version?: (number|null);

                /** Event-package specific values; absent when the record has none. */
                extra?: (presence.v1.StringMap.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Subscription. */
            type $Shape = presence.v1.Subscription.$Properties;
        }
    }
}
