using AdobeTarget.Internal;
using AdobeTarget.Shared;
using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace AdobeTarget.Benchmarks;

/// <summary>
/// One artifact poll cycle answered 304 Not Modified by a loopback artifact source (the download sends the loaded
/// snapshot's ETag as If-None-Match): what it costs and allocates (client and loopback server, one process). Goal: no
/// new snapshot; <see cref="NotModified"/> throws if one was published, so the run fails rather than reports it.
/// </summary>
[MemoryDiagnoser]
public class ArtifactPollBenchmarks
{
    private const string ETag = "\"artifact-v1\"";
    private LoopbackApp _source = null!;
    private IHost _host = null!;
    private ArtifactDownloader _downloader = null!;
    private ArtifactStore _store = null!;
    private ArtifactAddress _address = null!;
    private ArtifactSnapshot _loaded = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        var bytes = await File.ReadAllBytesAsync(BenchmarkArtifacts.Find("artifact.json"));
        _source = await LoopbackApp.StartAsync(app => app.MapGet("/bench/artifact.json", (HttpContext context) =>
        {
            if (context.Request.Headers.IfNoneMatch == ETag)
            {
                return Results.StatusCode(StatusCodes.Status304NotModified);
            }

            context.Response.Headers.ETag = ETag;
            return Results.Bytes(bytes, "application/json");
        }));
        _host = BenchmarkHost.Build(1, o =>
        {
            o.DecisioningMethod = TargetDecisioningMethod.OnDevice;
            o.OnDevice.ArtifactLocation = new Uri(_source.Address, "/bench/artifact.json");
            o.OnDevice.PollingInterval = TimeSpan.Zero;
        });
        await _host.StartAsync();
        _downloader = _host.Services.GetRequiredService<ArtifactDownloader>();
        _store = _host.Services.GetRequiredService<ArtifactStore>();
        _address = ArtifactAddress.For(_host.Services.GetRequiredService<IOptions<AdobeTargetOptions>>().Value);
        if (_store.Current is null)
        {
            await _downloader.DownloadAsync(_address, default);
        }

        _loaded = _store.Current ?? throw new InvalidOperationException("The artifact did not load.");
        if (_loaded.ETag != ETag)
        {
            throw new InvalidOperationException($"The loaded snapshot has ETag {_loaded.ETag}, not {ETag}.");
        }
    }

    [Benchmark(Description = "artifact poll cycle answered 304 (download, confirm)")]
    public async Task<int> NotModified()
    {
        var attempt = await _downloader.DownloadAsync(_address, default);
        if (attempt.Outcome != ArtifactOutcome.NotModified || !ReferenceEquals(_store.Current, _loaded))
        {
            throw new InvalidOperationException($"A 304 poll must keep the snapshot: outcome {attempt.Outcome}, same snapshot {ReferenceEquals(_store.Current, _loaded)}.");
        }

        return (int)attempt.Outcome;
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
        await _source.DisposeAsync();
    }
}
