using AdobeTarget.Delivery;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AdobeTarget.Benchmarks;

/// <summary>
/// One <c>GetOffersAsync</c> executing one mbox through the whole client (visitor, completion, cookie renewal, the
/// display notification queued), decided on device from <c>artifact.json</c>, against the same call sent to the
/// loopback stand-in edge (baseline, same run). Goal: median ≤ 20 µs, i.e. 10× or more faster than the edge call.
/// </summary>
[MemoryDiagnoser]
public class OnDeviceCallBenchmarks
{
    private StandInEdge _edge = null!;
    private IHost _host = null!;
    private ITargetClient _client = null!;
    private string _cookie = null!;

    /// <summary>
    /// Gets or sets a value indicating whether the stand-in edge acknowledges the queued notifications cheaply (a
    /// reader pass) rather than by a DOM parse: the worker's sends and the edge's answers run in this process and
    /// compete with the call measured for the CPU.
    /// </summary>
    [Params(false, true)]
    public bool CheapAcks { get; set; }

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _edge = await StandInEdge.StartAsync(CheapAcks);
        _host = BenchmarkHost.Build(_edge.Port, o =>
        {
            o.DecisioningMethod = TargetDecisioningMethod.OnDevice;
            o.OnDevice.ArtifactPath = BenchmarkArtifacts.Find("artifact.json");
            o.OnDevice.PollingInterval = TimeSpan.Zero;
        });
        await _host.StartAsync();
        await _host.Services.GetRequiredService<ITargetArtifactStatus>().WaitUntilReadyAsync(new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token);
        _client = _host.Services.GetRequiredService<ITargetClient>();
        var first = await _client.GetOffersAsync(OnDeviceCalls.OneExecuteMbox(TargetDecisioningMethod.OnDevice, cookie: null));
        _cookie = first.TargetCookie.Value;
    }

    [Benchmark(Baseline = true, Description = "GetOffersAsync, 1 execute mbox, to the loopback edge")]
    public async Task<int> ServerSide()
    {
        var result = await _client.GetOffersAsync(OnDeviceCalls.OneExecuteMbox(TargetDecisioningMethod.ServerSide, _cookie));
        return result.TargetCookie.Value.Length;
    }

    [Benchmark(Description = "GetOffersAsync, 1 execute mbox, on device (notification queued)")]
    public async Task<int> OnDevice()
    {
        var result = await _client.GetOffersAsync(OnDeviceCalls.OneExecuteMbox(TargetDecisioningMethod.OnDevice, _cookie));
        return result.Response!.Execute!.Mboxes!.Count;
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
        await _edge.DisposeAsync();
    }
}
