using Microsoft.Playwright;

namespace TargetMiddleware.Sample.Tests;

/// <summary>
/// A test class that starts the sample as a user starts it and drives it with Debian's Chromium: one sample process
/// and one browser per class, as starting them is the slow part.
/// </summary>
public abstract class SampleBrowserTestBase : IAsyncLifetime
{
    protected SampleProcess Sample { get; private set; } = null!;

    protected IBrowser Browser { get; private set; } = null!;

    protected HttpClient Http { get; } = new();

    private IPlaywright _playwright = null!;

    public async Task InitializeAsync()
    {
        Sample = await SampleProcess.StartAsync();
        (_playwright, Browser) = await Tests.Browser.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        await Browser.DisposeAsync();
        _playwright.Dispose();
        await Sample.DisposeAsync();
    }
}
