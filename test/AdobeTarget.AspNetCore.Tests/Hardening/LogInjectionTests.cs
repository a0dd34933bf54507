using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace AdobeTarget.AspNetCore.Tests.Hardening;

/// <summary>Issue 9, item 3: a request path that reaches warning 1101 is logged without its control characters.</summary>
public class LogInjectionTests
{
    private static void MapLatePath(WebApplication app) =>
        app.MapGet("/hardening/late/{**rest}", async (HttpContext http, ITargetClient target) =>
        {
            await http.Response.WriteAsync("started;");
            await http.Response.Body.FlushAsync();
            await target.GetOffersAsync(new TargetDeliveryOptions { Request = Infrastructure.Requests.Prefetch("home") });
            await http.Response.WriteAsync("done");
        });

    [Theory]
    [InlineData("/hardening/late/x%0D%0AFAKE%20ENTRY%1B%5B2J")]
    [InlineData("/hardening/late/x%E2%80%A8FAKE%20ENTRY%E2%80%AE")]
    public async Task CallAfterTheResponseStarted_HostilePath_Logs1101WithoutControlOrFormatCharacters(string path)
    {
        await using var app = await Infrastructure.TargetTestApp.StartAsync(beforeTarget: MapLatePath);

        var page = await app.GetAsync(path);

        Assert.Equal("started;done", page.Body);
        var warning = Assert.Single(app.Logs.GetSnapshot(), r => r.Id.Id == 1101);
        Assert.Contains("FAKE ENTRY", warning.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(warning.Message, c => char.IsControl(c) || c is '\u2028' or '\u2029' or '\u202E');
        Assert.DoesNotContain(warning.StructuredState!, kv => kv.Key == "Path" && kv.Value!.Any(char.IsControl));
    }
}
