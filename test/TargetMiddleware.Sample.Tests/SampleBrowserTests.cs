using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace TargetMiddleware.Sample.Tests;

/// <summary>The README's main job: the sample, started as a user starts it, driven by a real browser.</summary>
public sealed class SampleBrowserTests : SampleBrowserTestBase
{
    private const long HomeActivity = 1001;
    private const long ProductActivity = 1002;

    [Fact]
    public async Task FirstVisitClickAndReload_PersonaliseCountAndKeepTheVisitor()
    {
        var context = await Browser.NewContextAsync();
        var page = await context.NewPageAsync();

        // First visit: offers from the local edge, and the mbox cookie with a session and a PC entry.
        await page.GotoAsync(Sample.Address.ToString());
        var hero = await page.Locator("#home-offer .hero").GetAttributeAsync("data-experience");
        Assert.Contains(hero, new[] { "welcome", "free-shipping" });
        var badge = await page.Locator("#product1-badge").InnerTextAsync();
        Assert.Contains(badge, new[] { "10% off", "Free socks" });
        var session = await page.Locator("#session-id").InnerTextAsync();
        var tntId = await page.Locator("#tnt-id").InnerTextAsync();
        Assert.Matches("^[0-9a-f]{32}\\.35_0$", tntId);
        var mbox = Uri.UnescapeDataString((await context.CookiesAsync()).Single(c => c.Name == "mbox").Value);
        Assert.StartsWith($"session#{session}#", mbox, StringComparison.Ordinal);
        Assert.Contains($"|PC#{tntId}#", mbox, StringComparison.Ordinal);
        Directory.CreateDirectory("screenshots");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine("screenshots", "sample-home.png"), FullPage = true });

        // The display notification went in the background: one impression per displayed activity.
        await EdgeReport.UntilAsync(Http, Sample, report => EdgeReport.Total(report, HomeActivity, "impressions") == 1 && EdgeReport.Total(report, ProductActivity, "impressions") == 1);

        // A click on the offer: one conversion.
        await page.Locator("#product1-link").ClickAsync();
        await page.Locator("#product-title").WaitForAsync();
        var afterClick = await EdgeReport.UntilAsync(Http, Sample, report => EdgeReport.Total(report, ProductActivity, "conversions") == 1);
        Assert.Equal(0, EdgeReport.Total(afterClick, HomeActivity, "conversions"));

        // Reload: the same experiences, the same visitor and session.
        await page.GotoAsync(Sample.Address.ToString());
        Assert.Equal(hero, await page.Locator("#home-offer .hero").GetAttributeAsync("data-experience"));
        Assert.Equal(badge, await page.Locator("#product1-badge").InnerTextAsync());
        Assert.Equal(session, await page.Locator("#session-id").InnerTextAsync());
        Assert.Equal(tntId, await page.Locator("#tnt-id").InnerTextAsync());
        var report = await EdgeReport.UntilAsync(Http, Sample, r => EdgeReport.Total(r, HomeActivity, "impressions") == 2);
        Assert.Equal(1, EdgeReport.Total(report, HomeActivity, "visitors"));
        Assert.Equal(1, EdgeReport.Total(report, ProductActivity, "conversions"));
    }

    [Fact]
    public async Task FeatureFlagEndpoint_ReadsTheJsonOfferAsAttributes()
    {
        var flags = JsonNode.Parse(await Http.GetStringAsync(new Uri(Sample.Address, "api/features")))!;

        Assert.Equal("target", flags["source"]!.GetValue<string>());
        var badge = flags["badge"]!.GetValue<string>();
        Assert.Equal(badge == "Free socks", flags["newCheckout"]!.GetValue<bool>());
    }
}
