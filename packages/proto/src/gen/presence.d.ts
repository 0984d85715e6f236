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

        /** Represents a Header. */
        class Header {

            /**
             * Constructs a new Header.
             * @param [properties] Properties to set
             */
            constructor(properties?: presence.v1.Header.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Header name. */
            name: string;

            /** Header value. */
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

                /** Header name */
                name?: (string|null);

                /** Header value */
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

        /** Represents a SipReply. */
        class SipReply {

            /**
             * Constructs a new SipReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: presence.v1.SipReply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SipReply status. */
            status: number;

            /** SipReply reason. */
            reason: string;

            /** SipReply headers. */
            headers: presence.v1.Header.$Properties[];

            /** SipReply toTag. */
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

                /** SipReply status */
                status?: (number|null);

                /** SipReply reason */
                reason?: (string|null);

                /** SipReply headers */
                headers?: (presence.v1.Header.$Properties[]|null);

                /** SipReply toTag */
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

        /** Represents an EventParam. */
        class EventParam {

            /**
             * Constructs a new EventParam.
             * @param [properties] Properties to set
             */
            constructor(properties?: presence.v1.EventParam.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** EventParam name. */
            name: string;

            /** EventParam value. */
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

                /** EventParam name */
                name?: (string|null);

                /** EventParam value */
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

        /** Represents an EventRef. */
        class EventRef {

            /**
             * Constructs a new EventRef.
             * @param [properties] Properties to set
             */
            constructor(properties?: presence.v1.EventRef.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** EventRef name. */
            name: string;

            /** EventRef id. */
            id?: (string|null);

            /** EventRef params. */
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

                /** EventRef name */
                name?: (string|null);

                /** EventRef id */
                id?: (string|null);

                /** EventRef params */
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

        /** Represents a PeerInfo. */
        class PeerInfo {

            /**
             * Constructs a new PeerInfo.
             * @param [properties] Properties to set
             */
            constructor(properties?: presence.v1.PeerInfo.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PeerInfo transport. */
            transport: string;

            /** PeerInfo address. */
            address: string;

            /** PeerInfo port. */
            port: number;

            /** PeerInfo connectionId. */
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

                /** PeerInfo transport */
                transport?: (string|null);

                /** PeerInfo address */
                address?: (string|null);

                /** PeerInfo port */
                port?: (number|null);

                /** PeerInfo connectionId */
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

        /** Represents a StringList. */
        class StringList {

            /**
             * Constructs a new StringList.
             * @param [properties] Properties to set
             */
            constructor(properties?: presence.v1.StringList.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** StringList values. */
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

                /** StringList values */
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

        /** Represents a StringMap. */
        class StringMap {

            /**
             * Constructs a new StringMap.
             * @param [properties] Properties to set
             */
            constructor(properties?: presence.v1.StringMap.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** StringMap entries. */
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

                /** StringMap entries */
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

        /** Represents an EventMeta. */
        class EventMeta {

            /**
             * Constructs a new EventMeta.
             * @param [properties] Properties to set
             */
            constructor(properties?: presence.v1.EventMeta.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** EventMeta eventId. */
            eventId: string;

            /** EventMeta occurredAtMs. */
            occurredAtMs: (number|Long);

            /** EventMeta producer. */
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

                /** EventMeta eventId */
                eventId?: (string|null);

                /** EventMeta occurredAtMs */
                occurredAtMs?: (number|Long|null);

                /** EventMeta producer */
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

        /** Represents a NotifyTarget. */
        class NotifyTarget {

            /**
             * Constructs a new NotifyTarget.
             * @param [properties] Properties to set
             */
            constructor(properties?: presence.v1.NotifyTarget.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NotifyTarget transport. */
            transport: string;

            /** NotifyTarget host. */
            host: string;

            /** NotifyTarget port. */
            port: number;

            /** NotifyTarget connectionId. */
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

                /** NotifyTarget transport */
                transport?: (string|null);

                /** NotifyTarget host */
                host?: (string|null);

                /** NotifyTarget port */
                port?: (number|null);

                /** NotifyTarget connectionId */
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

        /** Represents a NotifyRequest. */
        class NotifyRequest {

            /**
             * Constructs a new NotifyRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: presence.v1.NotifyRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NotifyRequest requestUri. */
            requestUri: string;

            /** NotifyRequest headers. */
            headers: presence.v1.Header.$Properties[];

            /** NotifyRequest body. */
            body?: (Uint8Array|null);

            /** NotifyRequest target. */
            target?: (presence.v1.NotifyTarget.$Properties|null);

            /** NotifyRequest subscriptionId. */
            subscriptionId: string;

            /** NotifyRequest cseq. */
            cseq: number;

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

                /** NotifyRequest requestUri */
                requestUri?: (string|null);

                /** NotifyRequest headers */
                headers?: (presence.v1.Header.$Properties[]|null);

                /** NotifyRequest body */
                body?: (Uint8Array|null);

                /** NotifyRequest target */
                target?: (presence.v1.NotifyTarget.$Properties|null);

                /** NotifyRequest subscriptionId */
                subscriptionId?: (string|null);

                /** NotifyRequest cseq */
                cseq?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NotifyRequest. */
            type $Shape = presence.v1.NotifyRequest.$Properties;
        }

        /**
         * Properties of a NotifyResponse.
         * @deprecated Use presence.v1.NotifyResponse.$Properties instead.
         */
        interface INotifyResponse extends presence.v1.NotifyResponse.$Properties {
        }

        /** Represents a NotifyResponse. */
        class NotifyResponse {

            /**
             * Constructs a new NotifyResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: presence.v1.NotifyResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NotifyResponse status. */
            status: number;

            /** NotifyResponse reason. */
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

                /** NotifyResponse status */
                status?: (number|null);

                /** NotifyResponse reason */
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

        /** Represents a NotifyTimeout. */
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

        /** Represents a NotifyTransportError. */
        class NotifyTransportError {

            /**
             * Constructs a new NotifyTransportError.
             * @param [properties] Properties to set
             */
            constructor(properties?: presence.v1.NotifyTransportError.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NotifyTransportError message. */
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

                /** NotifyTransportError message */
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

        /** Represents a NotifyOutcome. */
        class NotifyOutcome {

            /**
             * Constructs a new NotifyOutcome.
             * @param [properties] Properties to set
             */
            constructor(properties?: presence.v1.NotifyOutcome.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NotifyOutcome response. */
            response?: (presence.v1.NotifyResponse.$Properties|null);

            /** NotifyOutcome timeout. */
            timeout?: (presence.v1.NotifyTimeout.$Properties|null);

            /** NotifyOutcome transportError. */
            transportError?: (presence.v1.NotifyTransportError.$Properties|null);

            /** NotifyOutcome outcome. */
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

                /** NotifyOutcome response */
                response?: (presence.v1.NotifyResponse.$Properties|null);

                /** NotifyOutcome timeout */
                timeout?: (presence.v1.NotifyTimeout.$Properties|null);

                /** NotifyOutcome transportError */
                transportError?: (presence.v1.NotifyTransportError.$Properties|null);

                /** NotifyOutcome outcome */
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

        /** Represents a NotifyResult. */
        class NotifyResult {

            /**
             * Constructs a new NotifyResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: presence.v1.NotifyResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NotifyResult outcome. */
            outcome?: (presence.v1.NotifyOutcome.$Properties|null);

            /** NotifyResult subscriptionId. */
            subscriptionId: string;

            /** NotifyResult cseq. */
            cseq: number;

            /** NotifyResult edgeId. */
            edgeId: string;

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

                /** NotifyResult outcome */
                outcome?: (presence.v1.NotifyOutcome.$Properties|null);

                /** NotifyResult subscriptionId */
                subscriptionId?: (string|null);

                /** NotifyResult cseq */
                cseq?: (number|null);

                /** NotifyResult edgeId */
                edgeId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NotifyResult. */
            type $Shape = {
              outcome?: presence.v1.NotifyOutcome.$Shape|null;
              subscriptionId?: string|null;
              cseq?: number|null;
              edgeId?: string|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a NotifyReplyEvent.
         * @deprecated Use presence.v1.NotifyReplyEvent.$Properties instead.
         */
        interface INotifyReplyEvent extends presence.v1.NotifyReplyEvent.$Properties {
        }

        /** Represents a NotifyReplyEvent. */
        class NotifyReplyEvent {

            /**
             * Constructs a new NotifyReplyEvent.
             * @param [properties] Properties to set
             */
            constructor(properties?: presence.v1.NotifyReplyEvent.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NotifyReplyEvent subscription. */
            subscription: { [k: string]: string };

            /** NotifyReplyEvent outcome. */
            outcome?: (presence.v1.NotifyOutcome.$Properties|null);

            /** NotifyReplyEvent cseq. */
            cseq: number;

            /** NotifyReplyEvent terminated. */
            terminated: boolean;

            /** NotifyReplyEvent meta. */
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

                /** NotifyReplyEvent subscription */
                subscription?: ({ [k: string]: string }|null);

                /** NotifyReplyEvent outcome */
                outcome?: (presence.v1.NotifyOutcome.$Properties|null);

                /** NotifyReplyEvent cseq */
                cseq?: (number|null);

                /** NotifyReplyEvent terminated */
                terminated?: (boolean|null);

                /** NotifyReplyEvent meta */
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

        /** Represents a Publication. */
        class Publication {

            /**
             * Constructs a new Publication.
             * @param [properties] Properties to set
             */
            constructor(properties?: presence.v1.Publication.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Publication presentity. */
            presentity: string;

            /** Publication event. */
            event: string;

            /** Publication etag. */
            etag: string;

            /** Publication expiresAt. */
            expiresAt: (number|Long);

            /** Publication receivedAt. */
            receivedAt: (number|Long);

            /** Publication contentType. */
            contentType?: (string|null);

            /** Publication body. */
            body?: (Uint8Array|null);

            /** Publication sender. */
            sender?: (string|null);

            /** Publication priority. */
            priority: (number|Long);

            /** Publication callId. */
            callId?: (string|null);

            /** Publication version. */
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

                /** Publication presentity */
                presentity?: (string|null);

                /** Publication event */
                event?: (string|null);

                /** Publication etag */
                etag?: (string|null);

                /** Publication expiresAt */
                expiresAt?: (number|Long|null);

                /** Publication receivedAt */
                receivedAt?: (number|Long|null);

                /** Publication contentType */
                contentType?: (string|null);

                /** Publication body */
                body?: (Uint8Array|null);

                /** Publication sender */
                sender?: (string|null);

                /** Publication priority */
                priority?: (number|Long|null);

                /** Publication callId */
                callId?: (string|null);

                /** Publication version */
                version?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Publication. */
            type $Shape = presence.v1.Publication.$Properties;
        }

        /** PublicationEventKind enum. */
        enum PublicationEventKind {

            /** PUBLICATION_EVENT_KIND_UNSPECIFIED value */
            PUBLICATION_EVENT_KIND_UNSPECIFIED = 0,

            /** PUBLICATION_EVENT_KIND_STORED value */
            PUBLICATION_EVENT_KIND_STORED = 1,

            /** PUBLICATION_EVENT_KIND_REMOVED value */
            PUBLICATION_EVENT_KIND_REMOVED = 2,

            /** PUBLICATION_EVENT_KIND_EXPIRED value */
            PUBLICATION_EVENT_KIND_EXPIRED = 3
        }

        /**
         * Properties of a PublicationEvent.
         * @deprecated Use presence.v1.PublicationEvent.$Properties instead.
         */
        interface IPublicationEvent extends presence.v1.PublicationEvent.$Properties {
        }

        /** Represents a PublicationEvent. */
        class PublicationEvent {

            /**
             * Constructs a new PublicationEvent.
             * @param [properties] Properties to set
             */
            constructor(properties?: presence.v1.PublicationEvent.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PublicationEvent kind. */
            kind: presence.v1.PublicationEventKind;

            /** PublicationEvent publication. */
            publication?: (presence.v1.Publication.$Properties|null);

            /** PublicationEvent meta. */
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

                /** PublicationEvent kind */
                kind?: (presence.v1.PublicationEventKind|null);

                /** PublicationEvent publication */
                publication?: (presence.v1.Publication.$Properties|null);

                /** PublicationEvent meta */
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

        /** Represents a PublishRequest. */
        class PublishRequest {

            /**
             * Constructs a new PublishRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: presence.v1.PublishRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PublishRequest presentityUri. */
            presentityUri: string;

            /** PublishRequest event. */
            event?: (presence.v1.EventRef.$Properties|null);

            /** PublishRequest expires. */
            expires?: (number|null);

            /** PublishRequest ifMatch. */
            ifMatch?: (string|null);

            /** PublishRequest contentType. */
            contentType?: (string|null);

            /** PublishRequest body. */
            body: Uint8Array;

            /** PublishRequest sender. */
            sender?: (string|null);

            /** PublishRequest priority. */
            priority?: (number|Long|null);

            /** PublishRequest callId. */
            callId: string;

            /** PublishRequest source. */
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

                /** PublishRequest presentityUri */
                presentityUri?: (string|null);

                /** PublishRequest event */
                event?: (presence.v1.EventRef.$Properties|null);

                /** PublishRequest expires */
                expires?: (number|null);

                /** PublishRequest ifMatch */
                ifMatch?: (string|null);

                /** PublishRequest contentType */
                contentType?: (string|null);

                /** PublishRequest body */
                body?: (Uint8Array|null);

                /** PublishRequest sender */
                sender?: (string|null);

                /** PublishRequest priority */
                priority?: (number|Long|null);

                /** PublishRequest callId */
                callId?: (string|null);

                /** PublishRequest source */
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

        /** Represents a PublishReply. */
        class PublishReply {

            /**
             * Constructs a new PublishReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: presence.v1.PublishReply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PublishReply reply. */
            reply?: (presence.v1.SipReply.$Properties|null);

            /** PublishReply change. */
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

                /** PublishReply reply */
                reply?: (presence.v1.SipReply.$Properties|null);

                /** PublishReply change */
                change?: (presence.v1.PresentityChanged.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PublishReply. */
            type $Shape = presence.v1.PublishReply.$Properties;
        }

        /** ChangeReason enum. */
        enum ChangeReason {

            /** CHANGE_REASON_UNSPECIFIED value */
            CHANGE_REASON_UNSPECIFIED = 0,

            /** CHANGE_REASON_NEW value */
            CHANGE_REASON_NEW = 1,

            /** CHANGE_REASON_MODIFIED value */
            CHANGE_REASON_MODIFIED = 2,

            /** CHANGE_REASON_REMOVED value */
            CHANGE_REASON_REMOVED = 3,

            /** CHANGE_REASON_EXPIRED value */
            CHANGE_REASON_EXPIRED = 4,

            /** CHANGE_REASON_REFRESHED value */
            CHANGE_REASON_REFRESHED = 5
        }

        /**
         * Properties of a PresentityChanged.
         * @deprecated Use presence.v1.PresentityChanged.$Properties instead.
         */
        interface IPresentityChanged extends presence.v1.PresentityChanged.$Properties {
        }

        /** Represents a PresentityChanged. */
        class PresentityChanged {

            /**
             * Constructs a new PresentityChanged.
             * @param [properties] Properties to set
             */
            constructor(properties?: presence.v1.PresentityChanged.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PresentityChanged presentity. */
            presentity: string;

            /** PresentityChanged presentityUri. */
            presentityUri: string;

            /** PresentityChanged event. */
            event: string;

            /** PresentityChanged reason. */
            reason: presence.v1.ChangeReason;

            /** PresentityChanged excludeWatcher. */
            excludeWatcher?: (string|null);

            /** PresentityChanged meta. */
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

                /** PresentityChanged presentity */
                presentity?: (string|null);

                /** PresentityChanged presentityUri */
                presentityUri?: (string|null);

                /** PresentityChanged event */
                event?: (string|null);

                /** PresentityChanged reason */
                reason?: (presence.v1.ChangeReason|null);

                /** PresentityChanged excludeWatcher */
                excludeWatcher?: (string|null);

                /** PresentityChanged meta */
                meta?: (presence.v1.EventMeta.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PresentityChanged. */
            type $Shape = presence.v1.PresentityChanged.$Properties;
        }

        /**
         * Properties of a SubscribeRequest.
         * @deprecated Use presence.v1.SubscribeRequest.$Properties instead.
         */
        interface ISubscribeRequest extends presence.v1.SubscribeRequest.$Properties {
        }

        /** Represents a SubscribeRequest. */
        class SubscribeRequest {

            /**
             * Constructs a new SubscribeRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: presence.v1.SubscribeRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SubscribeRequest requestUri. */
            requestUri: string;

            /** SubscribeRequest fromUri. */
            fromUri: string;

            /** SubscribeRequest fromTag. */
            fromTag: string;

            /** SubscribeRequest fromDisplayName. */
            fromDisplayName?: (string|null);

            /** SubscribeRequest toUri. */
            toUri: string;

            /** SubscribeRequest toTag. */
            toTag?: (string|null);

            /** SubscribeRequest callId. */
            callId: string;

            /** SubscribeRequest cseq. */
            cseq: number;

            /** SubscribeRequest event. */
            event?: (presence.v1.EventRef.$Properties|null);

            /** SubscribeRequest expires. */
            expires?: (number|null);

            /** SubscribeRequest accept. */
            accept?: (presence.v1.StringList.$Properties|null);

            /** SubscribeRequest contact. */
            contact?: (string|null);

            /** SubscribeRequest recordRoute. */
            recordRoute: string[];

            /** SubscribeRequest watcherUri. */
            watcherUri?: (string|null);

            /** SubscribeRequest userAgent. */
            userAgent?: (string|null);

            /** SubscribeRequest source. */
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

                /** SubscribeRequest requestUri */
                requestUri?: (string|null);

                /** SubscribeRequest fromUri */
                fromUri?: (string|null);

                /** SubscribeRequest fromTag */
                fromTag?: (string|null);

                /** SubscribeRequest fromDisplayName */
                fromDisplayName?: (string|null);

                /** SubscribeRequest toUri */
                toUri?: (string|null);

                /** SubscribeRequest toTag */
                toTag?: (string|null);

                /** SubscribeRequest callId */
                callId?: (string|null);

                /** SubscribeRequest cseq */
                cseq?: (number|null);

                /** SubscribeRequest event */
                event?: (presence.v1.EventRef.$Properties|null);

                /** SubscribeRequest expires */
                expires?: (number|null);

                /** SubscribeRequest accept */
                accept?: (presence.v1.StringList.$Properties|null);

                /** SubscribeRequest contact */
                contact?: (string|null);

                /** SubscribeRequest recordRoute */
                recordRoute?: (string[]|null);

                /** SubscribeRequest watcherUri */
                watcherUri?: (string|null);

                /** SubscribeRequest userAgent */
                userAgent?: (string|null);

                /** SubscribeRequest source */
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

        /** Represents a SubscribeReply. */
        class SubscribeReply {

            /**
             * Constructs a new SubscribeReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: presence.v1.SubscribeReply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SubscribeReply reply. */
            reply?: (presence.v1.SipReply.$Properties|null);

            /** SubscribeReply change. */
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

                /** SubscribeReply reply */
                reply?: (presence.v1.SipReply.$Properties|null);

                /** SubscribeReply change */
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

        /** Represents a SubscriptionChanged. */
        class SubscriptionChanged {

            /**
             * Constructs a new SubscriptionChanged.
             * @param [properties] Properties to set
             */
            constructor(properties?: presence.v1.SubscriptionChanged.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SubscriptionChanged state. */
            state?: (presence.v1.SubscriptionChanged.State.$Properties|null);

            /** SubscriptionChanged final. */
            final?: (presence.v1.SubscriptionChanged.Final.$Properties|null);

            /** SubscriptionChanged meta. */
            meta?: (presence.v1.EventMeta.$Properties|null);

            /** SubscriptionChanged change. */
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

                /** SubscriptionChanged state */
                state?: (presence.v1.SubscriptionChanged.State.$Properties|null);

                /** SubscriptionChanged final */
                final?: (presence.v1.SubscriptionChanged.Final.$Properties|null);

                /** SubscriptionChanged meta */
                meta?: (presence.v1.EventMeta.$Properties|null);

                /** SubscriptionChanged change */
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

            /** Represents a State. */
            class State {

                /**
                 * Constructs a new State.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: presence.v1.SubscriptionChanged.State.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** State slot. */
                slot: string;

                /** State id. */
                id: string;

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

                    /** State slot */
                    slot?: (string|null);

                    /** State id */
                    id?: (string|null);

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

            /** Represents a Final. */
            class Final {

                /**
                 * Constructs a new Final.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: presence.v1.SubscriptionChanged.Final.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Final subscription. */
                subscription?: (presence.v1.Subscription.$Properties|null);

                /** Final reason. */
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

                    /** Final subscription */
                    subscription?: (presence.v1.Subscription.$Properties|null);

                    /** Final reason */
                    reason?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Final. */
                type $Shape = presence.v1.SubscriptionChanged.Final.$Properties;
            }
        }

        /** SubscriptionStatus enum. */
        enum SubscriptionStatus {

            /** SUBSCRIPTION_STATUS_UNSPECIFIED value */
            SUBSCRIPTION_STATUS_UNSPECIFIED = 0,

            /** SUBSCRIPTION_STATUS_ACTIVE value */
            SUBSCRIPTION_STATUS_ACTIVE = 1,

            /** SUBSCRIPTION_STATUS_PENDING value */
            SUBSCRIPTION_STATUS_PENDING = 2,

            /** SUBSCRIPTION_STATUS_TERMINATED value */
            SUBSCRIPTION_STATUS_TERMINATED = 3
        }

        /**
         * Properties of a Subscription.
         * @deprecated Use presence.v1.Subscription.$Properties instead.
         */
        interface ISubscription extends presence.v1.Subscription.$Properties {
        }

        /** Represents a Subscription. */
        class Subscription {

            /**
             * Constructs a new Subscription.
             * @param [properties] Properties to set
             */
            constructor(properties?: presence.v1.Subscription.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Subscription id. */
            id: string;

            /** Subscription slot. */
            slot: string;

            /** Subscription presentity. */
            presentity: string;

            /** Subscription presentityUri. */
            presentityUri: string;

            /** Subscription localUri. */
            localUri: string;

            /** Subscription event. */
            event: string;

            /** Subscription eventId. */
            eventId?: (string|null);

            /** Subscription watcher. */
            watcher: string;

            /** Subscription watcherUri. */
            watcherUri: string;

            /** Subscription watcherDisplayName. */
            watcherDisplayName?: (string|null);

            /** Subscription callId. */
            callId: string;

            /** Subscription fromTag. */
            fromTag: string;

            /** Subscription toTag. */
            toTag: string;

            /** Subscription remoteCseq. */
            remoteCseq: number;

            /** Subscription localCseq. */
            localCseq: number;

            /** Subscription contact. */
            contact: string;

            /** Subscription routeSet. */
            routeSet: string[];

            /** Subscription localContact. */
            localContact: string;

            /** Subscription transport. */
            transport: string;

            /** Subscription sourceAddress. */
            sourceAddress: string;

            /** Subscription sourcePort. */
            sourcePort: number;

            /** Subscription connectionId. */
            connectionId?: (string|null);

            /** Subscription expiresAt. */
            expiresAt: (number|Long);

            /** Subscription status. */
            status: presence.v1.SubscriptionStatus;

            /** Subscription reason. */
            reason?: (string|null);

            /** Subscription accept. */
            accept: string[];

            /** Subscription userAgent. */
            userAgent?: (string|null);

            /** Subscription createdAt. */
            createdAt: (number|Long);

            /** Subscription updatedAt. */
            updatedAt: (number|Long);

            /** Subscription version. */
            version: number;

            /** Subscription extra. */
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

                /** Subscription id */
                id?: (string|null);

                /** Subscription slot */
                slot?: (string|null);

                /** Subscription presentity */
                presentity?: (string|null);

                /** Subscription presentityUri */
                presentityUri?: (string|null);

                /** Subscription localUri */
                localUri?: (string|null);

                /** Subscription event */
                event?: (string|null);

                /** Subscription eventId */
                eventId?: (string|null);

                /** Subscription watcher */
                watcher?: (string|null);

                /** Subscription watcherUri */
                watcherUri?: (string|null);

                /** Subscription watcherDisplayName */
                watcherDisplayName?: (string|null);

                /** Subscription callId */
                callId?: (string|null);

                /** Subscription fromTag */
                fromTag?: (string|null);

                /** Subscription toTag */
                toTag?: (string|null);

                /** Subscription remoteCseq */
                remoteCseq?: (number|null);

                /** Subscription localCseq */
                localCseq?: (number|null);

                /** Subscription contact */
                contact?: (string|null);

                /** Subscription routeSet */
                routeSet?: (string[]|null);

                /** Subscription localContact */
                localContact?: (string|null);

                /** Subscription transport */
                transport?: (string|null);

                /** Subscription sourceAddress */
                sourceAddress?: (string|null);

                /** Subscription sourcePort */
                sourcePort?: (number|null);

                /** Subscription connectionId */
                connectionId?: (string|null);

                /** Subscription expiresAt */
                expiresAt?: (number|Long|null);

                /** Subscription status */
                status?: (presence.v1.SubscriptionStatus|null);

                /** Subscription reason */
                reason?: (string|null);

                /** Subscription accept */
                accept?: (string[]|null);

                /** Subscription userAgent */
                userAgent?: (string|null);

                /** Subscription createdAt */
                createdAt?: (number|Long|null);

                /** Subscription updatedAt */
                updatedAt?: (number|Long|null);

                /** Subscription version */
                version?: (number|null);

                /** Subscription extra */
                extra?: (presence.v1.StringMap.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Subscription. */
            type $Shape = presence.v1.Subscription.$Properties;
        }
    }
}
