using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace TargetMiddleware.Sample.Tests;

/// <summary>
/// The sample's hybrid page (<c>/hybrid</c>) in Chromium: the server's prefetch handed to at.js, counted once. One test,
/// as starting the sample is the slow part.
/// </summary>
public sealed class HybridPageBrowserTests : SampleBrowserTestBase
{
    private const long HomeActivity = 1001;
    private const long PageLoadActivity = 1003;
    private const long CheckoutViewActivity = 1004;

    [Fact]
    public async Task HybridPage_ServerStateHoldsTheServersRequestAndResponse_OnlyTheRenderedMboxIsNotified()
    {
        var context = await Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var hybrid = new Uri(Sample.Address, "hybrid").ToString();
        await page.GotoAsync(hybrid); // a new visitor gets a tntId
        var response = await page.GotoAsync(hybrid); // the returning visitor's request carries it

        // The script ran under the page's nonce-only CSP, and merged into the settings the page set first.
        var csp = (await response!.AllHeadersAsync())["content-security-policy"];
        var settings = JsonNode.Parse(await page.EvaluateAsync<string>("() => JSON.stringify(window.targetGlobalSettings)"))!;
        Assert.Equal(3000, settings["timeout"]!.GetValue<int>());
        Assert.Equal($"script-src 'nonce-{settings["cspScriptNonce"]!.GetValue<string>()}'", csp);
        Assert.Equal(settings["cspScriptNonce"]!.GetValue<string>(), settings["cspStyleNonce"]!.GetValue<string>());

        // The request is this visitor's: its tntId and session are the ones in the browser's mbox cookie.
        var state = settings["serverState"]!;
        var request = state["request"]!;
        var (session, tntId) = MboxCookie((await context.CookiesAsync()).Single(c => c.Name == "mbox").Value);
        Assert.Equal(tntId, request["id"]!["tntId"]!.GetValue<string>());
        Assert.Equal(hybrid, request["context"]!["address"]!["url"]!.GetValue<string>());
        Assert.NotNull(request["prefetch"]!["views"]);
        Assert.NotNull(request["prefetch"]!["pageLoad"]);

        // The response is the edge's answer to that request: the local edge answers a prefetch the same way every time
        // for one visitor, so sending the rendered request again must give the rendered response, field for field.
        using var replay = new StringContent(request.ToJsonString(), Encoding.UTF8, "application/json");
        using var answer = await Http.PostAsync(new Uri(Sample.Address, $"rest/v1/delivery?sessionId={session}&imsOrgId=LOCALEDGE0000000000000000@AdobeOrg"), replay);
        var edgeResponse = await answer.Content.ReadFromJsonAsync<JsonNode>();
        Assert.True(JsonNode.DeepEquals(edgeResponse, state["response"]), $"edge:\n{edgeResponse}\nrendered:\n{state["response"]}");
        Assert.Equal("checkout", state["response"]!["prefetch"]!["views"]![0]!["name"]!.GetValue<string>());
        Assert.NotEmpty(state["response"]!["prefetch"]!["pageLoad"]!["options"]!.AsArray());
        Assert.Equal("checkout", await page.Locator("#prefetched-views").InnerTextAsync());
        Assert.True(await page.Locator("#no-atjs").IsVisibleAsync());

        // Counted once: the server notified the home mbox it rendered (two impressions, one per visit), in the same
        // notifications that would have carried the views and the page load; those are at.js's to notify.
        var report = await EdgeReport.UntilAsync(Http, Sample, r => EdgeReport.Total(r, HomeActivity, "impressions") == 2);
        Assert.Equal(0, EdgeReport.Total(report, PageLoadActivity, "impressions"));
        Assert.Equal(0, EdgeReport.Total(report, CheckoutViewActivity, "impressions"));
        Assert.Equal(0, EdgeReport.Total(report, PageLoadActivity, "visitors"));
        Assert.Equal(0, EdgeReport.Total(report, CheckoutViewActivity, "visitors"));
    }

    private static (string Session, string TntId) MboxCookie(string value)
    {
        var entries = Uri.UnescapeDataString(value).Split('|').Select(e => e.Split('#')).ToList();
        return (entries.Single(e => e[0] == "session")[1], entries.Single(e => e[0] == "PC")[1]);
    }
}
