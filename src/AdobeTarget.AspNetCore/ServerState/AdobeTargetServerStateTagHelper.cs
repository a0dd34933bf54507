using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Logging;

namespace AdobeTarget.AspNetCore;

/// <summary>
/// Renders <c>&lt;adobe-target-server-state response="@Model.Target" nonce="@nonce" /&gt;</c> as one
/// <c>&lt;script&gt;</c> that hands a server-side prefetch to at.js 2.2 or later: it merges
/// <c>serverState: { request, response }</c> (and <c>cspScriptNonce</c> / <c>cspStyleNonce</c> when a nonce is given)
/// into <c>window.targetGlobalSettings</c>, keeping the settings the page already set there. Place it before at.js.
/// </summary>
/// <remarks>
/// <para>Register it in <c>_ViewImports.cshtml</c> with <c>@addTagHelper *, AdobeTarget.AspNetCore</c>.</para>
/// <para>
/// Renders nothing when <see cref="Response"/> is <see langword="null"/> (for example when the Target call failed
/// and the page shows its default content), when the result carries no request or no <c>prefetch</c> part, or when
/// it cannot be written as JSON (logged as a warning, event 1301): at.js then makes its own call as usual. A prefetch
/// that found no offers is still rendered, so at.js knows the server asked.
/// </para>
/// <para>
/// The JSON is encoded so that offer content cannot end the script or start markup: <c>&lt;</c>, <c>&gt;</c>,
/// <c>&amp;</c>, <c>'</c>, U+2028, U+2029 and every other non-ASCII character are written as <c>\uXXXX</c>.
/// </para>
/// <para>
/// Impressions: the prefetch counts none by itself. at.js sends the display notifications for the views and the
/// page load it applies from <c>serverState</c>, so the server must not also notify those, or every impression
/// counts twice: do not pass this result to
/// <see cref="ITargetNotifier.NotifyDisplayAsync(TargetDeliveryResponse, CancellationToken)"/>. When the same call
/// also prefetched mboxes that the server renders itself, notify only those, with
/// <see cref="ITargetNotifier.NotifyDisplayAsync(TargetDeliveryResponse, TargetDisplayed, CancellationToken)"/> and
/// <see cref="TargetDisplayed.MboxesNamed"/>.
/// </para>
/// </remarks>
[HtmlTargetElement("adobe-target-server-state", TagStructure = TagStructure.WithoutEndTag)]
public sealed class AdobeTargetServerStateTagHelper : TagHelper
{
    private readonly ILogger _logger;

    /// <summary>Initializes a new instance of the <see cref="AdobeTargetServerStateTagHelper"/> class (Razor creates it).</summary>
    /// <param name="logger">Where a result that cannot be written as server state is reported.</param>
    public AdobeTargetServerStateTagHelper(ILogger<AdobeTargetServerStateTagHelper> logger)
    {
        ArgumentNullException.ThrowIfNull(logger);
        _logger = logger;
    }

    /// <summary>Gets or sets the result of a <see cref="ITargetClient.GetOffersAsync"/> call that prefetched views and/or the page load.</summary>
    [HtmlAttributeName("response")]
    public TargetDeliveryResponse? Response { get; set; }

    /// <summary>
    /// Gets or sets the CSP nonce: written as the script's <c>nonce</c> attribute and as at.js's <c>cspScriptNonce</c>
    /// (and <c>cspStyleNonce</c> unless <see cref="StyleNonce"/> is set). Empty or <see langword="null"/>: none.
    /// </summary>
    /// <remarks>Only base64 characters are accepted (<c>A-Z a-z 0-9 + / - _</c>, then at most two <c>=</c>; 256 at most); anything else throws <see cref="ArgumentException"/> when the tag renders.</remarks>
    [HtmlAttributeName("nonce")]
    public string? Nonce { get; set; }

    /// <summary>Gets or sets the nonce for at.js's <c>cspStyleNonce</c> when it differs from <see cref="Nonce"/>; validated like it.</summary>
    [HtmlAttributeName("style-nonce")]
    public string? StyleNonce { get; set; }

    /// <inheritdoc />
    /// <exception cref="ArgumentException"><see cref="Nonce"/> or <see cref="StyleNonce"/> is not a base64 value.</exception>
    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var nonce = CspNonce.Validate(Nonce, "nonce");
        var styleNonce = CspNonce.Validate(StyleNonce, "style-nonce") ?? nonce;
        var script = ServerStateScript.Write(Response, nonce, styleNonce, _logger);
        if (script is null)
        {
            output.SuppressOutput();
            return;
        }

        output.TagName = "script";
        output.TagMode = TagMode.StartTagAndEndTag;
        if (nonce is not null)
        {
            output.Attributes.SetAttribute("nonce", nonce); // a string value: HTML-attribute-encoded when written
        }

        output.Content.SetHtmlContent(script);
    }
}
