using System.Text.Json.Nodes;
using AdobeTarget.AspNetCore.Tests.Delivery;
using Microsoft.Playwright;
using static AdobeTarget.AspNetCore.Tests.ServerState.ServerStateFixtures;

namespace AdobeTarget.AspNetCore.Tests.ServerState;

/// <summary>
/// Hostile offer content through the Razor page (<c>Pages/ServerState.cshtml</c>) in Debian's Chromium: nothing in it
/// executes, and <c>window.targetGlobalSettings.serverState</c> parses back to what crossed the wire.
/// </summary>
public sealed class HostileServerStateBrowserTests : IAsyncLifetime
{
    /// <summary>Every way out of a script element, a JSON string or a JavaScript line, in one offer.</summary>
    private const string Hostile =
        "</script><script>window.__pwned=1</script>" +
        "<!--<script>window.__pwned=2</script>-->" +
        "<img src=x onerror=\"window.__pwned=3;alert(3)\">" +
        "]]><script>window.__pwned=4</script>" +
        "\u2028window.__pwned=5\u2029" +
        "'-alert(6)-'\"-alert(7)-\"" +
        "</SCRIPT ><svg onload=alert(8)>";

    private KestrelTestApp _app = null!;
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;

    public async Task InitializeAsync()
    {
        _app = await KestrelTestApp.StartAsync();
        _app.Edge.Respond = TargetClientResponseTests.Json(ResponseJson(Hostile));
        (_playwright, _browser) = await TargetMiddleware.Sample.Tests.Browser.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
        await _app.DisposeAsync();
    }

    [Theory]
    [InlineData("tag", false)]
    [InlineData("html", false)]
    [InlineData("tag", true)]
    public async Task Page_HostileOfferContent_NothingExecutesAndServerStateParsesBackToTheWire(string use, bool csp)
    {
        var page = await _browser.NewPageAsync();
        var dialogs = new List<string>();
        page.Dialog += async (_, dialog) =>
        {
            dialogs.Add(dialog.Message);
            await dialog.DismissAsync();
        };
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);

        await page.GotoAsync(new Uri(_app.Address, $"server-state?use={use}&csp={csp}").ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.Load });

        Assert.Equal("rendered", await page.Locator("#rendered").InnerTextAsync());
        Assert.True(await page.EvaluateAsync<bool>("() => typeof window.__pwned === 'undefined'"));
        Assert.Empty(dialogs);
        Assert.Empty(errors);
        Assert.Equal(0, await page.Locator("img, svg").CountAsync());
        Assert.Equal(2, await page.Locator("script").CountAsync());

        // Merged into the page's own settings, and equal, after parsing, to what crossed the wire.
        var settings = JsonNode.Parse(await page.EvaluateAsync<string>("() => JSON.stringify(window.targetGlobalSettings)"))!;
        Assert.Equal("acme", settings["clientCode"]!.GetValue<string>());
        Assert.Equal(1234, settings["timeout"]!.GetValue<int>());
        var sent = Assert.Single(_app.Edge.Requests);
        Assert.True(JsonNode.DeepEquals(sent.Json, settings["serverState"]!["request"]), $"sent {sent.Body}\nrendered {settings["serverState"]!["request"]}");
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(ResponseJson(Hostile)), settings["serverState"]!["response"]));
        Assert.Equal(Hostile, settings["serverState"]!["response"]!["prefetch"]!["pageLoad"]!["options"]![0]!["content"]!.GetValue<string>());
        Assert.Equal(csp, settings["cspScriptNonce"] is not null);
    }
}
