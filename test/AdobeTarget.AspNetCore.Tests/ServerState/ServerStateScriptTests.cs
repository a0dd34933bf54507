using System.Text.Json.Nodes;
using AdobeTarget.Delivery;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Testing;
using static AdobeTarget.AspNetCore.Tests.ServerState.ServerStateFixtures;

namespace AdobeTarget.AspNetCore.Tests.ServerState;

public sealed class ServerStateScriptTests
{
    /// <summary>Offer content that would end the script, open markup or end a JavaScript line if written raw.</summary>
    public static TheoryData<string> HostileContents => new()
    {
        "</script><script>window.__pwned=1</script>",
        "</SCRIPT ><script>window.__pwned=1</script>",
        "<!--<script>",
        "<script>window.__pwned=1</script>",
        "]]><script>window.__pwned=1</script>",
        "<img src=x onerror=\"window.__pwned=1\">",
        "'-window.__pwned=1-'",
        "a&amp;b &lt; &#x3C;",
        "line\u2028window.__pwned=1\u2029end",
        "`${window.__pwned=1}`",
        "\\u003c/script>",
        "--> <![CDATA[ x ]]>",
        "emoji \U0001F600 and \u00FCml\u00E4ut",
    };

    [Theory]
    [MemberData(nameof(HostileContents))]
    public void Write_HostileOfferContent_LeavesOnlyPrintableAsciiWithoutHtmlSensitiveCharacters(string content)
    {
        var script = ServerStateScript.Write(Result(content), null, null, NullLogger.Instance)!;

        Assert.DoesNotContain('<', script);
        Assert.DoesNotContain('>', script);
        Assert.DoesNotContain('&', script);
        Assert.DoesNotContain('\'', script);
        Assert.DoesNotContain('\u2028', script);
        Assert.DoesNotContain('\u2029', script);
        Assert.All(script, c => Assert.InRange(c, ' ', '~'));
    }

    [Theory]
    [MemberData(nameof(HostileContents))]
    public void Write_HostileOfferContent_ParsesBackToTheResponseAndRequest(string content)
    {
        var result = Result(content);

        var state = Settings(ServerStateScript.Write(result, null, null, NullLogger.Instance)!)["serverState"]!;

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(ResponseJson(content)), state["response"]), state["response"]!.ToJsonString());
        Assert.True(JsonNode.DeepEquals(Json(result.Request!), state["request"]));
        Assert.Equal(content, state["response"]!["prefetch"]!["pageLoad"]!["options"]![0]!["content"]!.GetValue<string>());
        Assert.Equal(content, state["response"]!["prefetch"]!["views"]![0]!["options"]![0]!["content"]![0]!["content"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("<", "\\u003C")]
    [InlineData(">", "\\u003E")]
    [InlineData("&", "\\u0026")]
    [InlineData("'", "\\u0027")]
    [InlineData("\u2028", "\\u2028")]
    [InlineData("\u2029", "\\u2029")]
    public void Write_SensitiveCharacter_IsWrittenAsUnicodeEscape(string character, string escape)
    {
        var script = ServerStateScript.Write(Result($"x{character}y"), null, null, NullLogger.Instance)!;

        Assert.Contains($"x{escape}y", script, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_LoneSurrogateEscapedInTheEdgeJson_RendersNothingAndWarns()
    {
        var result = FromWire(ResponseJsonWithRawString("\"a\\ud800b\""));
        var logger = new FakeLogger();

        var script = ServerStateScript.Write(result, null, null, logger);

        Assert.Null(script);
        var warning = Assert.Single(logger.Collector.GetSnapshot());
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Equal(1301, warning.Id.Id);
    }

    [Fact]
    public void Write_LoneSurrogateInTheRequest_IsReplacedAndStaysEscaped()
    {
        var request = Request with { Context = new Context { Channel = ChannelType.Web, Address = new Address { Url = "https://shop.example/\ud800" } } };

        var script = ServerStateScript.Write(Result(FromWire(ResponseJson("ok")).Response, request), null, null, NullLogger.Instance)!;

        Assert.All(script, c => Assert.InRange(c, ' ', '~'));
        Assert.Equal("https://shop.example/\uFFFD", Settings(script)["serverState"]!["request"]!["context"]!["address"]!["url"]!.GetValue<string>());
    }

    [Fact]
    public void Write_Settings_MergeIntoTheSettingsThePageSet()
    {
        var script = ServerStateScript.Write(Result("ok"), null, null, NullLogger.Instance)!;

        Assert.StartsWith("window.targetGlobalSettings=Object.assign(window.targetGlobalSettings||{},{\"serverState\":{\"request\":{", script, StringComparison.Ordinal);
        Assert.EndsWith("}});", script, StringComparison.Ordinal);
        Assert.Equal(["serverState"], Settings(script).Select(p => p.Key));
    }

    [Fact]
    public void Write_Nonces_BecomeAtJsCspSettings()
    {
        var settings = Settings(ServerStateScript.Write(Result("ok"), "script+/nonce==", "style-nonce", NullLogger.Instance)!);

        Assert.Equal(["serverState", "cspScriptNonce", "cspStyleNonce"], settings.Select(p => p.Key));
        Assert.Equal("script+/nonce==", settings["cspScriptNonce"]!.GetValue<string>());
        Assert.Equal("style-nonce", settings["cspStyleNonce"]!.GetValue<string>());
    }

    [Fact]
    public void Write_NullResult_RendersNothing() =>
        Assert.Null(ServerStateScript.Write(null, "abc", "abc", NullLogger.Instance));

    [Fact]
    public void Write_BeaconResultWithoutResponse_RendersNothing() =>
        Assert.Null(ServerStateScript.Write(Result(response: null), null, null, NullLogger.Instance));

    [Fact]
    public void Write_ResultWithoutRequest_RendersNothing() =>
        Assert.Null(ServerStateScript.Write(new TargetDeliveryResponse { Response = FromWire(ResponseJson("ok")).Response, TargetCookie = new("mbox", "v", 1), SessionId = "s" }, null, null, NullLogger.Instance));

    [Fact]
    public void Write_ResponseWithoutPrefetch_RendersNothing() =>
        Assert.Null(ServerStateScript.Write(Result(new DeliveryResponse { Status = 200, Execute = new ExecuteResponse() }), null, null, NullLogger.Instance));

    [Fact]
    public void Write_PrefetchThatFoundNothing_StillTellsAtJsTheServerAsked()
    {
        var script = ServerStateScript.Write(Result(new DeliveryResponse { Status = 200, Prefetch = new PrefetchResponse() }), null, null, NullLogger.Instance)!;

        Assert.Equal("{}", Settings(script)["serverState"]!["response"]!["prefetch"]!.ToJsonString());
    }
}
