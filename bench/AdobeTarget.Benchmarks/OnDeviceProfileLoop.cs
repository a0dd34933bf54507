using System.Diagnostics;
using AdobeTarget.Decisioning;
using AdobeTarget.Delivery;
using AdobeTarget.Internal;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace AdobeTarget.Benchmarks;

/// <summary>
/// `--profile-odd [calls]`: the on-device GetOffersAsync of <see cref="OnDeviceCallBenchmarks"/> in a loop, then cut
/// into its pieces (each alone: wall µs, process CPU µs and bytes allocated per call), to see where the time and the
/// bytes go. The notification worker runs and sends to the stand-in edge, as in the benchmark; the notifications the
/// edge saw per call are printed, so its share of the CPU shows. `--profile-odd [calls] client` runs the whole call
/// only (the loop to attach dotnet-trace to); `cheap` makes the stand-in edge acknowledge notifications cheaply.
/// </summary>
internal static class OnDeviceProfileLoop
{
    public static async Task RunAsync(int calls, bool clientOnly, bool cheapAcks)
    {
        await using var edge = await StandInEdge.StartAsync(cheapAcks);
        using var host = BenchmarkHost.Build(edge.Port, o =>
        {
            o.DecisioningMethod = TargetDecisioningMethod.OnDevice;
            o.OnDevice.ArtifactPath = BenchmarkArtifacts.Find("artifact.json");
            o.OnDevice.PollingInterval = TimeSpan.Zero;
        });
        await host.StartAsync();
        using var ready = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await host.Services.GetRequiredService<ITargetArtifactStatus>().WaitUntilReadyAsync(ready.Token);
        var client = host.Services.GetRequiredService<ITargetClient>();
        var first = await client.GetOffersAsync(OnDeviceCalls.OneExecuteMbox(TargetDecisioningMethod.OnDevice, null));
        var cookie = first.TargetCookie.Value;
        var call = OnDeviceCalls.OneExecuteMbox(TargetDecisioningMethod.OnDevice, cookie);

        var services = host.Services;
        var resolver = services.GetRequiredService<VisitorResolver>();
        var settings = services.GetRequiredService<IOptions<AdobeTargetOptions>>().Value;
        var router = services.GetRequiredService<DecisionRouter>();
        var onDevice = services.GetRequiredService<OnDeviceDecisions>();
        var decider = services.GetRequiredService<OnDeviceDecider>();
        var store = services.GetRequiredService<ArtifactStore>();
        var notifier = services.GetRequiredService<ITargetNotifier>();
        var visitor = resolver.Resolve(call);
        var completed = DeliveryRequestCompletion.Complete(call.Request!, call, visitor.Context, settings);
        var snapshot = store.Current!;
        var decision = await onDevice.DecideAsync(snapshot, completed, visitor, default);
        var now = DateTimeOffset.UtcNow;

        if (Environment.GetEnvironmentVariable("ODD_DUMP") is not null)
        {
            Console.WriteLine(System.Text.Json.JsonSerializer.Serialize(decision.Notifications[0], DeliveryJsonContext.Default.Notification));
            Console.WriteLine(System.Text.Json.JsonSerializer.Serialize(decision.Telemetry, DeliveryJsonContext.Default.TelemetryEntry));
        }

        if (clientOnly)
        {
            await ProfileMeasure.MeasureAsync("GetOffersAsync on device", calls, async () => (await client.GetOffersAsync(OnDeviceCalls.OneExecuteMbox(TargetDecisioningMethod.OnDevice, cookie))).Response!.Status ?? 0);
            return;
        }

        Console.WriteLine($"{"piece",-58} {"µs/call",9} {"CPU µs",8} {"B/call",8}");
        var notified = edge.Notifications;
        await ProfileMeasure.MeasureAsync("GetOffersAsync on device (worker sending)", calls, async () => (await client.GetOffersAsync(OnDeviceCalls.OneExecuteMbox(TargetDecisioningMethod.OnDevice, cookie))).Response!.Status ?? 0);
        await notifier.FlushAsync();
        Console.WriteLine($"  notifications the edge acknowledged: {edge.Notifications - notified}, delivery calls {edge.Calls}");
        await ProfileMeasure.MeasureAsync("the call's options (benchmark side)", calls * 10, () => Task.FromResult(OnDeviceCalls.OneExecuteMbox(TargetDecisioningMethod.OnDevice, cookie).Request!.Execute!.Mboxes!.Count));
        await ProfileMeasure.MeasureAsync("visitor resolution (explicit cookie)", calls * 10, () => Task.FromResult(resolver.Resolve(call).SessionId.Length));
        await ProfileMeasure.MeasureAsync("request completion", calls * 10, () =>
            Task.FromResult(DeliveryRequestCompletion.Complete(call.Request!, call, visitor.Context, settings).RequestId!.Length));
        await ProfileMeasure.MeasureAsync("DecisionRouter.ChooseLocal", calls * 10, () => Task.FromResult(router.ChooseLocal(TargetDecisioningMethod.OnDevice, completed)!.Source.Length));
        await ProfileMeasure.MeasureAsync("engine Decide alone", calls * 10, () => Task.FromResult(decider.Decide(snapshot.Artifact, new OnDeviceRequest
        {
            Request = completed,
            ClientCode = settings.ClientCode ?? string.Empty,
            SessionId = visitor.SessionId,
            LocationHint = visitor.LocationHint,
            ArtifactLocation = snapshot.Source,
        }).Notifications.Count));
        var userAgent = completed.Context!.UserAgent;
        var url = completed.Context.Address!.Url;
        var suffixes = PublicSuffixList.LoadBundled();
        await ProfileMeasure.MeasureAsync("  engine: user agent parse", calls * 10, () => Task.FromResult(UserAgentParser.Parse(userAgent, null).BrowserVersion));
        await ProfileMeasure.MeasureAsync("  engine: url parse", calls * 10, () => Task.FromResult(UrlContext.From(UrlParser.Parse(url, suffixes)).GetHashCode()));
        await ProfileMeasure.MeasureAsync("  engine: edge dependency", calls * 10, () => Task.FromResult(snapshot.Artifact.GetEdgeDependency(completed).RemoteMboxes.Count));
        await ProfileMeasure.MeasureAsync("OnDeviceDecisions.DecideAsync (geo check, span, telemetry)", calls * 10, async () =>
            (await onDevice.DecideAsync(snapshot, completed, visitor, default)).Notifications.Count);
        await ProfileMeasure.MeasureAsync("TargetResponseBuilder.Build", calls * 10, () =>
            Task.FromResult(TargetResponseBuilder.Build(visitor, completed, decision.Response, DecisioningMethod.OnDevice, now).TargetCookie.Value.Length));
        var built = TargetResponseBuilder.Build(visitor, completed, decision.Response, DecisioningMethod.OnDevice, now);
        await ProfileMeasure.MeasureAsync("NotificationTarget.Of (fresh response)", calls * 10, () =>
            Task.FromResult(Fresh(built).SessionId.Length));
        await ProfileMeasure.MeasureAsync("OnDeviceDecisions.NotifyAsync (enqueue, worker sending)", calls, async () =>
        {
            built.NotificationTarget = null;
            await onDevice.NotifyAsync(decision, built, default);
            return 0;
        });
        await notifier.FlushAsync();
        var batch = NotificationTarget.Of(built).Template with
        {
            Notifications = [.. Enumerable.Repeat(decision.Notifications[0], 100)],
            Telemetry = new Telemetry { Entries = [.. Enumerable.Repeat(decision.Telemetry, 100)] },
        };
        await ProfileMeasure.MeasureAsync("a batch of 100 notifications + 100 telemetry entries, serialised (per batch)", calls / 100, () =>
            Task.FromResult(System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(batch, DeliveryJsonContext.Default.DeliveryRequest).Length));
        Console.WriteLine($"  the batch is {System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(batch, DeliveryJsonContext.Default.DeliveryRequest).Length} bytes");
        await host.StopAsync();
    }

    private static NotificationTarget Fresh(TargetDeliveryResponse response)
    {
        response.NotificationTarget = null;
        return NotificationTarget.Of(response);
    }
}
