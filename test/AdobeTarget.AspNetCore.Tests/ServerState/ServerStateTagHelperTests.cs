using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Logging.Abstractions;
using static AdobeTarget.AspNetCore.Tests.ServerState.ServerStateFixtures;

namespace AdobeTarget.AspNetCore.Tests.ServerState;

public sealed class ServerStateTagHelperTests
{
    [Fact]
    public void Process_Response_RendersOneScriptElementWithTheSettings()
    {
        var html = Render(Result("<b>offer</b>"));

        Assert.StartsWith("<script>" + Prefix, html, StringComparison.Ordinal);
        Assert.EndsWith(Suffix + "</script>", html, StringComparison.Ordinal);
        Assert.Equal(1, Count(html, "<script"));
        Assert.Equal(1, Count(html, "</script>"));
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Process_Nonce_IsTheScriptAttributeAndBothAtJsNonces()
    {
        var html = Render(Result("ok"), nonce: "r4nd+/0m==");

        Assert.StartsWith("<script nonce=\"r4nd&#x2B;/0m==\">", html, StringComparison.Ordinal);
        var settings = Settings(Between(html, ">", "</script>"));
        Assert.Equal("r4nd+/0m==", settings["cspScriptNonce"]!.GetValue<string>());
        Assert.Equal("r4nd+/0m==", settings["cspStyleNonce"]!.GetValue<string>());
    }

    [Fact]
    public void Process_StyleNonce_IsAtJsStyleNonceOnly()
    {
        var html = Render(Result("ok"), nonce: "script_nonce", styleNonce: "style-nonce");

        Assert.StartsWith("<script nonce=\"script_nonce\">", html, StringComparison.Ordinal);
        var settings = Settings(Between(html, ">", "</script>"));
        Assert.Equal("script_nonce", settings["cspScriptNonce"]!.GetValue<string>());
        Assert.Equal("style-nonce", settings["cspStyleNonce"]!.GetValue<string>());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Process_NoNonce_WritesNoNonceAnywhere(string? nonce)
    {
        var html = Render(Result("ok"), nonce);

        Assert.StartsWith("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("nonce", html, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("abc\" onload=\"alert(1)", "nonce")]
    [InlineData("a b", "nonce")]
    [InlineData("<script>", "nonce")]
    [InlineData("abc===", "nonce")]
    [InlineData("===", "nonce")]
    [InlineData("abc=def", "nonce")]
    [InlineData("n\u00F6nce", "nonce")]
    [InlineData("abc\n", "nonce")]
    public void Process_InvalidNonce_ThrowsNamingTheAttribute(string nonce, string parameter)
    {
        var error = Assert.Throws<ArgumentException>(() => Render(Result("ok"), nonce));

        Assert.Equal(parameter, error.ParamName);
        Assert.DoesNotContain(nonce, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Process_InvalidStyleNonce_ThrowsNamingTheAttribute()
    {
        var error = Assert.Throws<ArgumentException>(() => Render(Result("ok"), "good", "bad'"));

        Assert.Equal("style-nonce", error.ParamName);
    }

    [Fact]
    public void Process_NonceLongerThanTheCap_Throws()
    {
        Render(Result("ok"), new string('a', CspNonce.MaxLength));

        Assert.Throws<ArgumentException>(() => Render(Result("ok"), new string('a', CspNonce.MaxLength + 1)));
    }

    [Fact]
    public void Process_NullResponse_RendersNothing()
    {
        var html = Render(null, "abc");

        Assert.Equal("", html);
    }

    [Fact]
    public void Process_ResponseWithoutPrefetch_RendersNothing()
    {
        var html = Render(Result(new AdobeTarget.Delivery.DeliveryResponse { Status = 200 }));

        Assert.Equal("", html);
    }

    internal static string Render(TargetDeliveryResponse? response, string? nonce = null, string? styleNonce = null)
    {
        var helper = new AdobeTargetServerStateTagHelper(NullLogger<AdobeTargetServerStateTagHelper>.Instance) { Response = response, Nonce = nonce, StyleNonce = styleNonce };
        var context = new TagHelperContext("adobe-target-server-state", [], new Dictionary<object, object>(), "unique");
        var output = new TagHelperOutput("adobe-target-server-state", [], (_, _) => Task.FromResult<TagHelperContent>(new DefaultTagHelperContent()))
        {
            TagMode = TagMode.SelfClosing,
        };

        helper.Process(context, output);

        using var writer = new StringWriter();
        output.WriteTo(writer, HtmlEncoder.Default);
        return writer.ToString();
    }

    internal static string Between(string html, string start, string end)
    {
        var from = html.IndexOf(start, StringComparison.Ordinal) + start.Length;
        return html[from..html.LastIndexOf(end, StringComparison.Ordinal)];
    }

    private static int Count(string text, string value) => (text.Length - text.Replace(value, "", StringComparison.Ordinal).Length) / value.Length;
}
