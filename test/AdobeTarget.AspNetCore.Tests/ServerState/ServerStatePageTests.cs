using System.Text.Json.Nodes;
using AdobeTarget.AspNetCore.Tests.Delivery;
using AdobeTarget.AspNetCore.Tests.Infrastructure;
using static AdobeTarget.AspNetCore.Tests.ServerState.ServerStateFixtures;

namespace AdobeTarget.AspNetCore.Tests.ServerState;

/// <summary>The tag helper and the HTML helper in a Razor Page (<c>Pages/ServerState.cshtml</c>), registered with <c>@addTagHelper *, AdobeTarget.AspNetCore</c>.</summary>
public sealed class ServerStatePageTests : IAsyncLifetime
{
    private const string Hostile = "</script><script>window.__pwned=1</script><!--\u2028";
    private TargetTestApp _app = null!;

    public async Task InitializeAsync()
    {
        _app = await TargetTestApp.StartAsync();
        _app.Edge.Respond = TargetClientResponseTests.Json(ResponseJson(Hostile));
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Theory]
    [InlineData("tag")]
    [InlineData("html")]
    public async Task Page_Prefetch_RendersTheRequestSentAndTheResponseReceivedAfterThePageSettings(string use)
    {
        var page = await _app.GetAsync($"/server-state?use={use}");

        Assert.Equal(200, page.Status);
        Assert.DoesNotContain("adobe-target-server-state", page.Body, StringComparison.Ordinal);
        Assert.Equal(2, Occurrences(page.Body, "<script"));
        Assert.Equal(2, Occurrences(page.Body, "</script>"));
        var ownSettings = page.Body.IndexOf("window.targetGlobalSettings = {", StringComparison.Ordinal);
        var serverState = page.Body.IndexOf("<script>" + Prefix, StringComparison.Ordinal);
        Assert.InRange(ownSettings, 0, serverState);

        var state = Settings(ScriptAt(page.Body, serverState))["serverState"]!;
        var sent = Assert.Single(_app.Edge.Requests);
        Assert.True(JsonNode.DeepEquals(sent.Json, state["request"]), $"sent {sent.Body}\nrendered {state["request"]}");
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(ResponseJson(Hostile)), state["response"]));
    }

    [Theory]
    [InlineData("tag")]
    [InlineData("html")]
    public async Task Page_CspNonce_IsTheScriptAttributeAndAtJsSettings(string use)
    {
        var page = await _app.GetAsync($"/server-state?use={use}&csp=true");

        var nonce = System.Text.RegularExpressions.Regex.Match(page.Body, "<script nonce=\"([^\"]+)\">window.targetGlobalSettings=Object").Groups[1].Value;
        Assert.NotEmpty(nonce);
        var decoded = System.Net.WebUtility.HtmlDecode(nonce);
        var settings = Settings(ScriptAt(page.Body, page.Body.IndexOf($"<script nonce=\"{nonce}\">window.targetGlobalSettings=Object", StringComparison.Ordinal)));
        Assert.Equal(decoded, settings["cspScriptNonce"]!.GetValue<string>());
        Assert.Equal(decoded, settings["cspStyleNonce"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("tag")]
    [InlineData("html")]
    public async Task Page_EdgeAnswersWithoutPrefetch_RendersOnlyThePageSettings(string use)
    {
        _app.Edge.Respond = TargetClientResponseTests.Json("""{"status":200,"requestId":"r","id":{"tntId":"abc.28_0"}}""");

        var page = await _app.GetAsync($"/server-state?use={use}");

        Assert.Equal(200, page.Status);
        Assert.Equal(1, Occurrences(page.Body, "<script"));
        Assert.DoesNotContain("Object.assign", page.Body, StringComparison.Ordinal);
    }

    /// <summary>The text of the script element that starts at <paramref name="start"/>.</summary>
    private static string ScriptAt(string html, int start)
    {
        var open = html.IndexOf('>', start) + 1;
        return html[open..html.IndexOf("</script>", open, StringComparison.Ordinal)];
    }

    private static int Occurrences(string text, string value) => (text.Length - text.Replace(value, "", StringComparison.Ordinal).Length) / value.Length;
}
