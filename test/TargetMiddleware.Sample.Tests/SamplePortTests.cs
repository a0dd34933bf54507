using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;

namespace TargetMiddleware.Sample.Tests;

/// <summary>Where the sample listens: the address the environment or the command line gives, and a clear busy-port error.</summary>
public sealed class SamplePortTests
{
    [Fact]
    public async Task AspNetCoreUrls_WithoutUrlsArgument_ServesThereAndCallsItsLocalEdgeThere()
    {
        var address = new Uri($"http://127.0.0.1:{SampleProcess.FreePort()}/");

        await using var sample = await SampleProcess.StartAsync(address, SampleProcess.UrlsFrom.Environment);

        using var http = new HttpClient();
        var flags = JsonNode.Parse(await http.GetStringAsync(new Uri(address, "api/features")))!;
        // "target": the Delivery call reached the local edge at that port ("default" would mean it did not).
        Assert.True(flags["source"]!.GetValue<string>() == "target", $"The feature flags came from {flags["source"]}:\n{sample.Output}");
        Assert.Contains($"open {address.ToString().TrimEnd('/')} ", sample.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BusyPort_EndsWithOneLineNamingThePortAndHowToPickAnother()
    {
        using var holder = new TcpListener(IPAddress.Loopback, 0);
        holder.Start();
        var port = ((IPEndPoint)holder.LocalEndpoint).Port;

        await using var sample = SampleProcess.Launch(new Uri($"http://127.0.0.1:{port}/"), SampleProcess.UrlsFrom.Environment);
        var exitCode = await sample.WaitForExitAsync(TimeSpan.FromSeconds(90));

        Assert.NotEqual(0, exitCode);
        var lines = sample.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var line = Assert.Single(lines);
        Assert.Contains($"port {port} is busy", line, StringComparison.Ordinal);
        Assert.Contains("--urls http://127.0.0.1:5099", line, StringComparison.Ordinal);
        Assert.Contains("ASPNETCORE_URLS", line, StringComparison.Ordinal);
    }
}
