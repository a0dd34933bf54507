using System.Net;
using Microsoft.Playwright;

namespace TargetMiddleware.Sample.Tests;

/// <summary>
/// The sample in its three decisioning modes (<c>AdobeTarget__DecisioningMethod</c>), one after another, with the same
/// browser: a visitor keeps their identity and their experiences when the mode changes, because the local edge and the
/// on-device engine allocate alike; on-device impressions reach the local edge's report.
/// </summary>
public sealed class DecisioningModesBrowserTests : IAsyncLifetime
{
    private const long HomeActivity = 1001;
    private const long ProductActivity = 1002;
    private readonly HttpClient _http = new();
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;

    public async Task InitializeAsync() => (_playwright, _browser) = await Browser.LaunchAsync();

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }

    [Fact]
    public async Task SwitchingModes_KeepsEachVisitorsExperienceAndCountsOnDeviceImpressions()
    {
        var first = await _browser.NewContextAsync();   // new on device, then served by the edge
        var second = await _browser.NewContextAsync();  // new at the edge, then decided on device (hybrid)

        Visit firstOnDevice;
        await using (var sample = await StartAsync("OnDevice"))
        {
            firstOnDevice = await VisitAsync(first, sample, "on-device");
            Assert.Matches("^[0-9a-f]{32}$", firstOnDevice.TntId); // minted on device: a new visitor has no location hint yet
            var report = await EdgeReport.UntilAsync(_http, sample, r => EdgeReport.Total(r, HomeActivity, "onDeviceImpressions") == 1);
            Assert.Equal(1, EdgeReport.Total(report, HomeActivity, "impressions"));
            Assert.Equal(1, EdgeReport.Total(report, ProductActivity, "onDeviceImpressions"));
        }

        Visit secondAtEdge;
        await using (var sample = await StartAsync("ServerSide"))
        {
            var firstAtEdge = await VisitAsync(first, sample, "server-side");
            Assert.Equal(firstOnDevice, firstAtEdge);
            secondAtEdge = await VisitAsync(second, sample, "server-side");
            Assert.Matches("^[0-9a-f]{32}\\.35_0$", secondAtEdge.TntId);
            var report = await EdgeReport.UntilAsync(_http, sample, r => EdgeReport.Total(r, HomeActivity, "impressions") == 2);
            Assert.Equal(0, EdgeReport.Total(report, HomeActivity, "onDeviceImpressions"));
        }

        await using (var sample = await StartAsync("Hybrid"))
        {
            // Every mbox of the page is in the artifact: hybrid decides on device.
            Assert.Equal(secondAtEdge, await VisitAsync(second, sample, "on-device"));
            await EdgeReport.UntilAsync(_http, sample, r => EdgeReport.Total(r, HomeActivity, "onDeviceImpressions") == 1);
        }

        await first.CloseAsync();
        await second.CloseAsync();
    }

    /// <summary>Starts the sample in a decisioning mode and, unless server-side, waits until its artifact is loaded.</summary>
    private async Task<SampleProcess> StartAsync(string method)
    {
        var sample = await SampleProcess.StartAsync(new Dictionary<string, string> { ["AdobeTarget__DecisioningMethod"] = method });
        for (var attempt = 0; attempt < 200; attempt++)
        {
            using var ready = await _http.GetAsync(new Uri(sample.Address, "health/ready"));
            if (ready.StatusCode == HttpStatusCode.OK)
            {
                return sample;
            }

            await Task.Delay(100);
        }

        await sample.DisposeAsync();
        throw new Xunit.Sdk.XunitException($"The sample ({method}) never became ready:\n{sample.Output}");
    }

    private static async Task<Visit> VisitAsync(IBrowserContext context, SampleProcess sample, string decidedBy)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync(sample.Address.ToString());
        Assert.Equal(decidedBy, await page.Locator("#decided-by").InnerTextAsync());
        var visit = new Visit(
            (await page.Locator("#home-offer .hero").GetAttributeAsync("data-experience"))!,
            await page.Locator("#product1-badge").InnerTextAsync(),
            await page.Locator("#tnt-id").InnerTextAsync());
        if (decidedBy == "on-device")
        {
            Directory.CreateDirectory("screenshots");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine("screenshots", "sample-on-device.png"), FullPage = true });
        }

        await page.CloseAsync();
        return visit;
    }

    private sealed record Visit(string Hero, string Badge, string TntId);
}
