using System.Text.Json;
using AdobeTarget.Delivery;
using Microsoft.Extensions.Time.Testing;

namespace AdobeTarget.Decisioning.Tests;

public sealed class OnDeviceDeciderConcurrencyTests
{
    [Fact]
    public async Task Decide_OneArtifactManyThreads_GivesTheSameAnswersAsSequential()
    {
        var artifact = TestArtifacts.Production();
        var decider = new OnDeviceDecider(new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 8, 30, 0, TimeSpan.Zero)));
        var generator = new RandomRequests(artifact, seed: 3);
        var requests = Enumerable.Range(0, 200).Select(i =>
        {
            var request = generator.Next(new VisitorId { TntId = $"v{i}" });
            request.RequestId = $"r{i}";
            request.Trace = request.Prefetch is not null ? new Trace() : null; // execute traces carry random notification ids
            request.Context!.Address = new Address { Url = "https://www.example.com/" };
            return request;
        }).ToList();
        string Decide(DeliveryRequest r) => JsonSerializer.Serialize(
            decider.Decide(artifact, new OnDeviceRequest { Request = r, ClientCode = "targettesting" }).Response, DeliveryJsonContext.Default.DeliveryResponse);
        var sequential = requests.Select(Decide).ToList();

        var parallel = await Task.WhenAll(requests.Select(r => Task.Run(() => Decide(r))));

        Assert.Equal(sequential, parallel);
    }
}
