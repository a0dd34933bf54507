using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json;
using AdobeTarget.Delivery;
using AdobeTarget.Internal;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AdobeTarget.Benchmarks;

/// <summary>
/// `--profile [calls]`: a loop of GetOffersAsync against the stand-in edge, then the same loop cut into its pieces
/// (each piece alone: mean time and allocated bytes per call), to see where the time and the bytes go. Also the loop to
/// attach dotnet-trace to (`--profile 200000`). CPU µs is the whole process's CPU time per call (edge included): on a
/// loaded machine it moves less than the wall-clock time.
/// </summary>
internal static class ProfileLoop
{
    public static async Task RunAsync(int calls, bool clientOnly = false)
    {
        await using var edge = await StandInEdge.StartAsync();
        using var host = BenchmarkHost.Build(edge.Port);
        await host.StartAsync();
        var client = host.Services.GetRequiredService<ITargetClient>();
        var first = await client.GetOffersAsync(new TargetDeliveryOptions { Request = BenchmarkHost.SeedRequest() });
        var cookie = first.TargetCookie.Value;
        var completed = first.Request!;
        var bytes = JsonSerializer.SerializeToUtf8Bytes(completed, DeliveryJsonContext.Default.DeliveryRequest);
        var uri = new Uri($"http://127.0.0.1:{edge.Port}/rest/v1/delivery?imsOrgId=BENCH0000%40AdobeOrg&sessionId={first.SessionId}");
        using var raw = new HttpClient(new SocketsHttpHandler { UseCookies = false });
        using var primaryOnly = new HttpClient(DeliveryHttp.CreatePrimaryHandler(new AdobeTargetOptions { Timeout = TimeSpan.FromSeconds(5) }));
        var factoryClient = host.Services.GetRequiredService<IHttpClientFactory>().CreateClient(AdobeTargetDefaults.DeliveryHttpClientName);
        var api = host.Services.GetRequiredService<IDeliveryApi>();
        var channel = host.Services.GetRequiredService<DeliveryChannel>();
        var resolver = host.Services.GetRequiredService<VisitorResolver>();
        var settings = host.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<AdobeTargetOptions>>().Value;
        var call = new TargetDeliveryOptions { Request = BenchmarkHost.SeedRequest(), TargetCookie = cookie };
        var body = await (await raw.PostAsync(uri, Json(bytes))).Content.ReadAsByteArrayAsync();
        var now = DateTimeOffset.UtcNow;

        if (clientOnly)
        {
            // The loop to trace (dotnet-trace collect -- ... --profile 20000 client): GetOffersAsync alone.
            await ProfileMeasure.MeasureAsync("GetOffersAsync", calls, async () => (await client.GetOffersAsync(new TargetDeliveryOptions { Request = BenchmarkHost.SeedRequest(), TargetCookie = cookie })).TntId?.Length ?? 0);
            return;
        }

        Console.WriteLine($"{"piece",-58} {"µs/call",9} {"CPU µs",8} {"B/call",8}");
        await ProfileMeasure.MeasureAsync("raw POST of the bytes (the baseline)", calls, async () => (await (await raw.PostAsync(uri, Json(bytes))).Content.ReadAsByteArrayAsync()).Length);
        await ProfileMeasure.MeasureAsync("GetOffersAsync", calls, async () => (await client.GetOffersAsync(new TargetDeliveryOptions { Request = BenchmarkHost.SeedRequest(), TargetCookie = cookie })).TntId?.Length ?? 0);
        await ProfileMeasure.MeasureAsync("POST via primary handler (decompression on)", calls, async () => (await (await primaryOnly.PostAsync(uri, Json(bytes))).Content.ReadAsByteArrayAsync()).Length);
        await ProfileMeasure.MeasureAsync("POST via factory client (edge + resilience handlers)", calls, async () => (await (await factoryClient.PostAsync(uri, Json(bytes))).Content.ReadAsByteArrayAsync()).Length);
        await ProfileMeasure.MeasureAsync("IDeliveryApi.DeliverAsync + read bytes (Refit)", calls, async () =>
        {
            using var r = await api.DeliverAsync(settings.OrganizationId!, first.SessionId, null, completed, null, default);
            return (await r.Content.ReadAsByteArrayAsync()).Length;
        });
        await ProfileMeasure.MeasureAsync("DeliveryChannel.ExchangeAsync (build, send, read, parse)", calls, async () => (await channel.ExchangeAsync(completed, first.SessionId, null, default))?.Status ?? 0);
        await ProfileMeasure.MeasureAsync("visitor resolution (explicit cookie)", calls * 10, () => Task.FromResult(resolver.Resolve(call).SessionId.Length));
        await ProfileMeasure.MeasureAsync("request completion", calls * 10, () =>
            Task.FromResult(DeliveryRequestCompletion.Complete(call.Request!, call, resolver.Resolve(call).Context, settings).RequestId!.Length));
        await ProfileMeasure.MeasureAsync("request serialisation", calls * 10, () => Task.FromResult(JsonSerializer.SerializeToUtf8Bytes(completed, DeliveryJsonContext.Default.DeliveryRequest).Length));
        await ProfileMeasure.MeasureAsync("response parse", calls * 10, () => Task.FromResult(JsonSerializer.Deserialize(body, DeliveryJsonContext.Default.DeliveryResponse)!.Status ?? 0));
        var parsed = MboxCookieCodec.Parse(cookie, now);
        await ProfileMeasure.MeasureAsync("cookie renew + format", calls * 10, () => Task.FromResult(MboxCookieCodec.Format(parsed.Renew(first.SessionId, first.TntId, now), now).Value.Length));
        await host.StopAsync();
    }

    private static ByteArrayContent Json(byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }
}
