using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using AdobeTarget.Delivery;
using Microsoft.Extensions.Time.Testing;

namespace AdobeTarget.Decisioning.Tests.Conformance;

/// <summary>
/// Adobe's cross-SDK conformance suite for on-device decisioning (adobe/target-sdk-testing), one test per case.
/// </summary>
public sealed class ConformanceTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var id in ConformanceCase.AllIds())
        {
            data.Add(id);
        }

        return data;
    }

    [Fact]
    public void Cases_AllSixtySixFixtureCases_AreListed() => Assert.Equal(66, Cases().Count);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Decide_FixtureCase_MatchesExpectedOutput(string id)
    {
        var testCase = ConformanceCase.Load(id);
        var artifact = TargetArtifact.Parse(testCase.ArtifactBytes());
        var clock = new FakeTimeProvider(testCase.Now() ?? DateTimeOffset.UtcNow);
        var decider = new OnDeviceDecider(clock);
        var request = JsonSerializer.Deserialize(testCase.Input["request"]!.ToJsonString(), DeliveryJsonContext.Default.DeliveryRequest)!;

        var decision = decider.Decide(artifact, new OnDeviceRequest
        {
            Request = request,
            ClientCode = testCase.Conf["client"]!.GetValue<string>(),
            SessionId = (testCase.Input["sessionId"] ?? testCase.Input["request"]!["sessionId"])?.GetValue<string>(),
            LocationHint = testCase.Input["locationHint"]?.GetValue<string>(),
            LookedUpGeo = OnDeviceDecider.NeedsGeoLookup(artifact, request) ? GeoFrom(testCase.MockGeo) : null,
        });

        var problems = new List<string>();
        if (testCase.Output is not null)
        {
            var actual = JsonSerializer.SerializeToNode(decision.Response, DeliveryJsonContext.Default.DeliveryResponse);
            problems.AddRange(SubsetMatcher.Mismatches(testCase.Output, actual).Select(p => "output " + p));
        }

        if (testCase.HasNotificationOutput)
        {
            var sent = NotificationCall(testCase, request, decision, artifact);
            problems.AddRange(SubsetMatcher.Mismatches(testCase.NotificationOutput, sent).Select(p => "notification " + p));
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    // What the integration sends after a local decision (Adobe's SDK: one call when there are notifications or
    // telemetry is on): the prepared request's id, context and experienceCloud, the notifications, telemetry.
    private static JsonObject? NotificationCall(ConformanceCase testCase, DeliveryRequest request, OnDeviceDecision decision, TargetArtifact artifact)
    {
        var telemetryEnabled = testCase.Conf["telemetryEnabled"]?.GetValue<bool>() ?? true;
        if (decision.Notifications.Count == 0 && !telemetryEnabled)
        {
            return null;
        }

        var call = new DeliveryRequest
        {
            Id = decision.Response.Id,
            Context = request.Context,
            ExperienceCloud = request.ExperienceCloud,
            Notifications = decision.Notifications.Count > 0 ? decision.Notifications.ToList() : null,
        };
        if (telemetryEnabled)
        {
            var load = Math.Round(artifact.LoadDuration.TotalMilliseconds, 2);
            call.Telemetry = new Telemetry
            {
                Entries =
                [
                    new TelemetryEntry { RequestId = "ArtifactDownload", Timestamp = decision.Telemetry.Timestamp, Execution = load, Parsing = load },
                    decision.Telemetry,
                ],
            };
        }

        return new JsonObject { ["request"] = JsonSerializer.SerializeToNode(call, DeliveryJsonContext.Default.DeliveryRequest) };
    }

    private static Geo? GeoFrom(JsonObject? mockGeo)
    {
        if (mockGeo is null)
        {
            return null;
        }

        double? Number(string key) => mockGeo[key] is { } node
            && double.TryParse(node.ToString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;
        return new Geo
        {
            Latitude = Number("x-geo-latitude"),
            Longitude = Number("x-geo-longitude"),
            City = mockGeo["x-geo-city"]?.ToString(),
            StateCode = mockGeo["x-geo-region-code"]?.ToString(),
            CountryCode = mockGeo["x-geo-country-code"]?.ToString(),
        };
    }
}
