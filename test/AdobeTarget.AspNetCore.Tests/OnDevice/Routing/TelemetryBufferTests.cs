using AdobeTarget.Delivery;
using AdobeTarget.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace AdobeTarget.AspNetCore.Tests.OnDevice.Routing;

public class TelemetryBufferTests
{
    [Fact]
    public void Add_MoreThanCapacity_DropsTheOldestAndCountsThem()
    {
        var buffer = new TelemetryBuffer(new FakeTimeProvider(), NullLogger<TelemetryBuffer>.Instance);

        for (var i = 0; i < TelemetryBuffer.Capacity + 5; i++)
        {
            buffer.Add(new TelemetryEntry { RequestId = $"r{i}" });
        }

        var carried = buffer.Attach(new DeliveryRequest()).Telemetry!.Entries!;
        Assert.Equal(TelemetryBuffer.Capacity, carried.Count);
        Assert.Equal("r5", carried[0].RequestId);
        Assert.Equal($"r{TelemetryBuffer.Capacity + 4}", carried[^1].RequestId);
        Assert.Equal(5, buffer.Dropped);
    }

    [Fact]
    public void Attach_Twice_CarriesEntriesOnlyOnce()
    {
        var buffer = new TelemetryBuffer(new FakeTimeProvider(), NullLogger<TelemetryBuffer>.Instance);
        buffer.Add(new TelemetryEntry { RequestId = "r1" });
        var request = new DeliveryRequest();

        var first = buffer.Attach(request);
        var second = buffer.Attach(request);

        Assert.Single(first.Telemetry!.Entries!);
        Assert.Same(request, second);
        Assert.Null(request.Telemetry);
    }
}
