using AdobeTarget;
using AdobeTarget.AspNetCore;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Microsoft.AspNetCore.Mvc.Rendering;

/// <summary>Adobe Target helpers for Razor views that prefer <c>@Html</c> to tag helpers.</summary>
public static class AdobeTargetHtmlHelperExtensions
{
    /// <summary>
    /// Renders the <c>&lt;script&gt;</c> that hands a server-side prefetch to at.js 2.2 or later, as
    /// <see cref="AdobeTargetServerStateTagHelper"/> does: <c>@Html.AdobeTargetServerState(Model.Target, nonce)</c>.
    /// </summary>
    /// <param name="htmlHelper">The view's HTML helper.</param>
    /// <param name="response">The result of a <see cref="ITargetClient.GetOffersAsync"/> call that prefetched views and/or the page load.</param>
    /// <param name="nonce">The CSP nonce for the script element and at.js's <c>cspScriptNonce</c> (and <c>cspStyleNonce</c> unless <paramref name="styleNonce"/> is given); <see langword="null"/> or empty for none.</param>
    /// <param name="styleNonce">The nonce for at.js's <c>cspStyleNonce</c> when it differs from <paramref name="nonce"/>.</param>
    /// <returns>The script element, or empty content when <paramref name="response"/> is <see langword="null"/>, carries no prefetch or cannot be written (logged as a warning, event 1301).</returns>
    /// <exception cref="ArgumentException">A nonce is not a base64 value (<c>A-Z a-z 0-9 + / - _</c>, then at most two <c>=</c>; 256 characters at most).</exception>
    /// <remarks>
    /// at.js sends the display notifications for the views and the page load it applies, so the server must not also
    /// notify those. See <see cref="AdobeTargetServerStateTagHelper"/> for the encoding and the merge.
    /// </remarks>
    public static IHtmlContent AdobeTargetServerState(this IHtmlHelper htmlHelper, TargetDeliveryResponse? response, string? nonce = null, string? styleNonce = null)
    {
        ArgumentNullException.ThrowIfNull(htmlHelper);
        var scriptNonce = CspNonce.Validate(nonce, nameof(nonce));
        var cssNonce = CspNonce.Validate(styleNonce, nameof(styleNonce)) ?? scriptNonce;
        var logger = htmlHelper.ViewContext?.HttpContext?.RequestServices?.GetService<ILoggerFactory>()?.CreateLogger(typeof(AdobeTargetServerStateTagHelper)) ?? NullLogger.Instance;
        var script = ServerStateScript.Write(response, scriptNonce, cssNonce, logger);
        if (script is null)
        {
            return HtmlString.Empty;
        }

        var element = new TagBuilder("script");
        if (scriptNonce is not null)
        {
            element.MergeAttribute("nonce", scriptNonce); // HTML-attribute-encoded when written
        }

        element.InnerHtml.AppendHtml(script);
        return element;
    }
}
