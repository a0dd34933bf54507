using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using AdobeTarget.Delivery;
using Microsoft.Extensions.Logging;

namespace AdobeTarget.AspNetCore;

/// <summary>
/// Writes the JavaScript that hands a server-side prefetch to at.js: it merges <c>serverState</c> (and the CSP
/// nonces, when given) into <c>window.targetGlobalSettings</c>, keeping the settings the page already set.
/// </summary>
/// <remarks>
/// The settings are one JSON object written with <see cref="JavaScriptEncoder.Default"/>: every character outside
/// printable ASCII (U+2028 and U+2029 included) and every HTML-sensitive one (<c>&lt;</c>, <c>&gt;</c>, <c>&amp;</c>,
/// <c>'</c>, <c>"</c>, <c>+</c>, <c>`</c>) inside a string becomes <c>\uXXXX</c>, so no offer content can close the
/// script element, open a comment or markup, or end a JavaScript line. A lone surrogate in a .NET string becomes
/// U+FFFD; a result that cannot be written at all (a lone surrogate escaped in the edge's JSON) renders nothing and
/// logs a warning, so the page still renders and at.js makes its own call.
/// </remarks>
internal static class ServerStateScript
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.Default };

    /// <summary>Whether a result has something to hand to at.js: a request, and a response with a prefetch part.</summary>
    /// <param name="result">The result of <see cref="ITargetClient.GetOffersAsync"/>.</param>
    /// <returns><see langword="true"/> when <see cref="Write"/> renders a script.</returns>
    public static bool HasServerState(TargetDeliveryResponse? result) =>
        result is { Request: not null, Response.Prefetch: not null };

    /// <summary>The script's text (without the element), or <see langword="null"/> when there is nothing to hand over.</summary>
    /// <param name="result">The result of <see cref="ITargetClient.GetOffersAsync"/>.</param>
    /// <param name="scriptNonce">A validated nonce for at.js's <c>cspScriptNonce</c>, if any.</param>
    /// <param name="styleNonce">A validated nonce for at.js's <c>cspStyleNonce</c>, if any.</param>
    /// <param name="logger">Where a result that cannot be written is reported.</param>
    /// <returns>The JavaScript, or <see langword="null"/>.</returns>
    public static string? Write(TargetDeliveryResponse? result, string? scriptNonce, string? styleNonce, ILogger logger)
    {
        if (!HasServerState(result))
        {
            return null;
        }

        try
        {
            return WriteSettings(result!, scriptNonce, styleNonce);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or ArgumentException)
        {
            ServerStateLog.ServerStateNotRendered(logger, e);
            return null;
        }
    }

    private static string WriteSettings(TargetDeliveryResponse result, string? scriptNonce, string? styleNonce)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        buffer.Write("window.targetGlobalSettings=Object.assign(window.targetGlobalSettings||{},"u8);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WritePropertyName("serverState");
            writer.WriteStartObject();
            writer.WritePropertyName("request");
            JsonSerializer.Serialize(writer, result.Request!, DeliveryJsonContext.Default.DeliveryRequest);
            writer.WritePropertyName("response");
            JsonSerializer.Serialize(writer, result.Response!, DeliveryJsonContext.Default.DeliveryResponse);
            writer.WriteEndObject();
            if (scriptNonce is not null)
            {
                writer.WriteString("cspScriptNonce", scriptNonce);
            }

            if (styleNonce is not null)
            {
                writer.WriteString("cspStyleNonce", styleNonce);
            }

            writer.WriteEndObject();
        }

        buffer.Write(");"u8);

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
