"""Regenerate data/metastudio-limits.yaml and data/sdk-methods.yaml.

    pip download --no-deps huaweicloudsdkmetastudio==VERSION -d /tmp/sdk
    (cd /tmp/sdk && unzip -o -q *.whl)
    python tools/build_limits.py --doc tests/data/metastudio-api-constraints.txt \
        --sdk /tmp/sdk/huaweicloudsdkmetastudio --sdk-version VERSION

The vendor table names APIs by their English documentation title; the SDK
names them by method.  TITLE_TO_METHOD is that mapping, made by reading each
method's Chinese title and HTTP route in the SDK's metastudio_client.py next
to the English API reference page of the same operation.  The generator
refuses to run if a table row has no mapping or a mapped method is missing
from the SDK, so a new vendor table or SDK release cannot silently drop rows.
"""
import argparse
import os
import re
import sys

import yaml

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from flake8_metastudio import vendor_doc  # noqa: E402  (the parser `metastudio-lint limits update` uses)

REGIONS = {  # id -> the display name the vendor's column headers use
    "cn-north-4": "CN North-Beijing4",
    "cn-east-3": "CN East-Shanghai1",
    "ap-southeast-3": "AP-Singapore",
}

TITLE_TO_METHOD = {
    # Digital Asset Management
    "Creating an Asset": "create_digital_asset",
    "Querying Assets": "list_assets",
    "Updating an Asset": "update_digital_asset",
    "Deleting an Asset": "delete_asset",
    "Querying Asset Details": "show_asset",
    "Restoring a Deleted Asset": "restore_asset",
    "Batch Asset Operations": "batch_execute_asset_action",
    "Querying Asset Summary": "list_asset_summary",
    "Querying Asset Copy Information": "show_asset_replication_info",
    "Copying an Asset": "create_asset_by_replication_info",
    # File Management
    "Creating a File and Obtaining the URL for File Upload": "create_file",
    "Deleting a File": "delete_file",
    "Confirming the Upload of a File": "confirm_file_upload",
    "Creating a Large File": "create_large_file",
    # Video Script Management
    "Creating a Video Script": "create_video_scripts",
    "Querying Video Scripts": "list_video_scripts",
    "Querying Video Script Details": "show_video_script",
    "Updating a Video Script": "update_video_script",
    "Deleting a Video Script": "delete_video_script",
    "Copying a Video Script": "copy_video_scripts",
    # Video Production Management
    "Querying Video Production Tasks": "list_digital_human_video",
    # Virtual Avatar Video Production Management
    "Creating a Virtual Avatar Video Production Task": "create2_d_digital_human_video",
    "Querying Virtual Avatar Video Production Task Details": "show2_d_digital_human_video",
    "Canceling a Virtual Avatar Video Production Task in the Waiting Status": "cancel2_d_digital_human_video",
    # Virtual Avatar Video Subtitle File Management
    "Creating a Virtual Avatar Video Subtitle File": "create_subtitle_file",
    "Querying Virtual Avatar Video Subtitle File Details": "show_subtitle_file",
    # Intelligent Live Room Management
    "Creating an Intelligent Live Room": "create_smart_live_room",
    "Querying Intelligent Live Rooms": "list_smart_live_rooms",
    "Querying Intelligent Livestreaming Script Details": "show_smart_live_room",
    "Updating Intelligent Live Room Information": "update_smart_live_room",
    "Deleting an Intelligent Live Room": "delete_smart_live_room",
    "Creating an Interaction Rule Library for Live Rooms": "create_interaction_rule_group",
    "Querying Interaction Rule Libraries for Live Rooms": "list_interaction_rule_groups",
    "Updating an Interaction Rule Library for Live Rooms": "update_interaction_rule_group",
    "Deleting an Interaction Rule Library for Live Rooms": "delete_interaction_rule_group",
    # Livestreaming Task Management
    "Starting a Virtual Avatar Intelligent Livestreaming Task": "start_smart_live",
    "Querying Livestreaming Tasks of a Live Room": "list_smart_live",
    "Querying Virtual Avatar Intelligent Livestreaming Task Details": "show_smart_live",
    "Ending a Virtual Avatar Intelligent Livestreaming Task": "stop_smart_live",
    "Controlling Virtual Avatar Intelligent Livestreaming": "execute_smart_live_command",
    "Querying All Virtual Avatar Livestreaming Tasks of a Tenant": "list_smart_live_jobs",
    "Reporting Livestreaming Events": "live_event_report",
    # Live Product Management
    "Creating a Product": "create_product",
    "Querying Products": "list_products",
    "Updating a Product": "update_product",
    "Querying Product Details": "show_product",
    "Deleting a Product": "delete_product",
    "Configuring a Product Asset Portfolio": "set_product_asset",
    # Third-Party Live Platform Management
    "Creating a Third-Party Live Platform": "create_live_platform",
    "Updating Third-Party Live Platform Information": "update_live_platform",
    "Deleting Third-Party Live Platform Information": "delete_live_platform",
    "Querying Live Platforms": "list_live_platforms",
    "Querying Third-Party Live Platforms": "show_live_platform",
    "Querying Products on a Third-Party Live Platform": "list_live_platform_products",
    # Virtual Avatar Dialog Management
    "Creating an Interactive Dialog": "create_smart_chat_room",
    "Querying Interactive Dialogs": "list_smart_chat_rooms",
    "Querying Interactive Dialog Details": "show_smart_chat_room",
    "Updating an Interactive Dialog": "update_smart_chat_room",
    "Deleting an Interactive Dialog": "delete_smart_chat_room",
    # Virtual Avatar Dialog Task Management
    "Creating a Dialog URL": "create_dialog_url",
    "Starting a Virtual Avatar Intelligent Interaction Task": "start_smart_chat_job",
    "Ending a Virtual Avatar Intelligent Interaction Task": "stop_smart_chat_job",
    "Querying Virtual Avatar Intelligent Interaction Tasks": "list_smart_chat_job",
    # Virtual Avatar Application Management
    "Creating an Application": "create_robot",
    "Querying Applications": "list_robot",
    "Querying Application Details": "show_robot",
    "Modifying an Application": "update_robot",
    "Deleting an Application": "delete_robot",
    # Virtual Avatar Authentication Code Management
    "Creating a One-Off Authentication Code": "create_once_code",
    # Virtual Avatar Activation Code Management
    "Creating an Activation Code": "create_active_code",
    "Querying Activation Codes": "list_active_code",
    "Querying Activation Code Details": "show_active_code",
    "Modifying an Activation Code": "update_active_code",
    "Resetting an Activation Code": "reset_active_code",
    "Deleting an Activation Code": "delete_active_code",
    # Virtual Avatar Knowledge Base Skill Management
    "Creating a Knowledge Base Skill": "create_knowledge_skill",
    "Querying Knowledge Base Skills": "list_knowledge_skill",
    "Modifying a Knowledge Base Skill": "update_knowledge_skill",
    "Querying Knowledge Base Skill Details": "show_knowledge_skill",
    "Deleting a Knowledge Base Skill": "delete_knowledge_skill",
    "Exporting a Knowledge Base Skill": "export_knowledge_skill",
    # Virtual Avatar Knowledge Base Intent Management
    "Creating a Knowledge Base Intent": "create_knowledge_intent",
    "Querying Knowledge Base Intents": "list_knowledge_intent",
    "Querying Knowledge Base Intent Details": "show_knowledge_intent",
    "Modifying a Knowledge Base Intent": "update_knowledge_intent",
    "Deleting a Knowledge Base Intent": "delete_knowledge_intent",
    "Creating a Knowledge Base Intent and Question": "create_intent_and_question",
    # Virtual Avatar Knowledge Base Question Management
    "Creating a Knowledge Base Question": "create_knowledge_question",
    "Querying Knowledge Base Questions": "list_knowledge_question",
    "Querying Knowledge Base Question Details": "show_knowledge_question",
    "Modifying a Knowledge Base Question": "update_knowledge_question",
    "Deleting a Knowledge Base Question": "delete_knowledge_question",
    "Batch Creating Knowledge Base Questions": "create_batch_knowledge_question",
    "Batch Modifying Knowledge Base Questions": "update_batch_knowledge_question",
    # Virtual Avatar Greeting Management
    "Creating a Greeting": "create_welcome_speech",
    "Querying Greetings": "list_welcome_speech",
    "Querying Greeting Details": "show_welcome_speech",
    "Modifying a Greeting": "update_welcome_speech",
    "Deleting a Greeting": "delete_welcome_speech",
    "Determining Whether to Configure a Greeting": "update_welcome_speech_switch",
    "Querying Whether Greetings Are Enabled": "show_welcome_speech_switch",
    # Virtual Avatar Frequently Asked Question Management
    "Creating a Frequently Asked Question": "create_hot_question",
    "Querying Frequently Asked Questions": "list_hot_question",
    "Querying Frequently Asked Question Details": "show_hot_question",
    "Modifying a Frequently Asked Question": "update_hot_question",
    "Deleting a Frequently Asked Question": "delete_hot_question",
    # Virtual Avatar Keyword Record Management
    "Creating a Keyword Record": "create_hot_words",
    "Querying Keyword Records": "list_hot_words",
    "Querying Keyword Record Details": "show_hot_words",
    "Modifying a Keyword Record": "update_hot_words",
    "Deleting a Keyword Record": "delete_hot_words",
    "Determining Whether to Configure a Keyword": "update_hot_words_switch",
    "Querying Whether Keywords Are Enabled": "show_hot_words_switch",
    # Virtual Avatar Agency Management
    "Querying Agencies": "show_agency",
    "Creating an Agency": "create_agency_with_role_type",
    "Deleting an Agency": "delete_agency_with_role_type",
    # Image Modeling Management
    "Creating a Virtual Avatar Model Training Task": "create2d_model_training_job",
    "Querying Virtual Avatar Model Training Tasks": "list2d_model_training_job",
    "Querying Virtual Avatar Model Training Task Details": "show2d_model_training_job",
    "Deleting a Virtual Avatar Model Training Task": "delete2d_model_training_job",
    "Updating a Virtual Avatar Model Training Task": "update2d_model_training_job",
    "Executing a Virtual Avatar Model Training Task as a Tenant": "execute2d_model_training_command_by_user",
    # Voice Modeling Task Management
    "Querying Personalized Audio Duration": "show_tenant_duration_cfg",
    "Creating a Voice Training Task (Basic Edition)": "create_training_basic_job",
    # 进阶版 is the "Advanced" edition, 高级版 the "Premium" one (API reference titles)
    "Creating a Voice Training Task (Advanced Edition)": "create_training_middle_job",
    "Creating a Voice Training Task (Premium Edition)": "create_training_advance_job",
    "Querying Voice Training Tasks": "list_voice_training_job",
    "Submitting a Voice Training Task": "commit_voice_training_job",
    "Querying Voice Training Task Details": "show_voice_training_job",
    "Deleting a Voice Training Task": "delete_voice_training_job",
    "Querying Task Operation Logs": "list_job_operation_log",
    "Obtaining the URL for Uploading a Voice File": "show_job_uploading_address",
    "Obtaining the Review Result of a Voice Training Task": "show_job_audit_result",
    "Setting the Task Batch": "set_job_batch_name",
    "Confirming the Online Recording Result": "confirm_training_segment",
    "Obtaining the Confirmed Online Recording Result": "show_training_segment_info",
    # TTS Management
    "Creating a TTS Preview Task": "create_tts_audition",
    "Obtaining a TTS Preview File": "show_tts_audition_file",
    "Creating an Asynchronous TTS Task": "create_async_tts_job",
    "Obtaining an Asynchronous TTS Task": "show_async_tts_job",
    "Configuring a Tenant-Level Custom Pronunciation for TTS": "create_ttsc_vocabulary_configs",
    "Obtaining a Tenant-Level Custom Pronunciation for TTS": "list_ttsc_vocabulary_configs",
    "Deleting a Tenant-Level Custom Pronunciation for TTS": "delete_ttsc_vocabulary_configs",
    "Modifying a Tenant-Level Custom Pronunciation for TTS": "save_ttsc_vocabulary_configs",
    # Table 3: Tenant Management
    "Viewing Tenant Resource Usage": "show_resource_usage",
    "Viewing Tenant Resources": "list_tenant_resources",
    "Collecting Statistics on Resource Quantity in a Time Period": "count_tenant_resources",
    # Table 3: Subscription Management
    "Subscribing to a MetaStudio Product": "create_meta_studio_orders",
}

_METHOD = re.compile(
    r'\n    def ([a-z0-9_]+)\(self, request\):\n        r"""(.*?)\n(.*?)"""', re.S)


def read_sdk_methods(client_py: str):
    """SDK method -> {title_zh, http, request} from metastudio_client.py."""
    src = open(client_py, encoding="utf-8").read()
    methods = {}
    for m in _METHOD.finditer(src):
        name = m.group(1)
        if name.endswith("_invoker"):
            continue
        info = re.search(
            r'def _%s_http_info\(cls, request\):\n        http_info = \{\n'
            r'            "method": "(\w+)",\n            "resource_path": "([^"]+)"' % name, src)
        req = re.search(r":type request: :class:`huaweicloudsdkmetastudio\.v1\.(\w+)`", m.group(3))
        methods[name] = {
            "title_zh": m.group(2).strip(),
            "http": "%s %s" % (info.group(1), info.group(2)),
            "request": req.group(1),
        }
    return methods


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--doc", required=True)
    ap.add_argument("--sdk", required=True, help="path of the unpacked huaweicloudsdkmetastudio package")
    ap.add_argument("--sdk-version", required=True)
    ap.add_argument("--out", default="data")
    args = ap.parse_args(argv)

    text = open(args.doc, encoding="utf-8").read()
    doc = vendor_doc.parse(text)
    date = doc.updated
    rows = doc.rows
    ids = {name: rid for rid, name in REGIONS.items()}
    unknown_regions = [n for n in doc.region_names if n not in ids]
    if unknown_regions:
        sys.exit("region columns without an id in REGIONS: %s" % unknown_regions)
    sdk = read_sdk_methods(os.path.join(args.sdk, "v1", "metastudio_client.py"))

    missing = [r.api for r in rows if r.api not in TITLE_TO_METHOD]
    unknown = [m for m in TITLE_TO_METHOD.values() if m not in sdk]
    if missing or unknown:
        sys.exit("unmapped table rows: %s; methods not in the SDK: %s" % (missing, unknown))

    apis = []
    for r in rows:
        method = TITLE_TO_METHOD[r.api]
        entry = {
            "api": r.api,
            "category": r.category,
            "sdk_method": method,
            "http": sdk[method]["http"],
            "table": r.table,
        }
        if r.regional:
            entry["limits"] = {ids[name]: value for name, value in r.regional.items()}
        else:
            # Table 3 applies in every region at the single-tenant figure
            entry["limits"] = {reg: r.single_tenant for reg in REGIONS}
            entry["every_region"] = r.single_tenant
            entry["system_wide"] = r.system_wide
        apis.append(entry)

    doc = {
        "schema_version": 1,
        "source": {
            "document": "Huawei Cloud MetaStudio API Reference: Constraints on APIs (Tables 2 and 3)",
            "updated": date,
        },
        "sdk": {"package": "huaweicloudsdkmetastudio", "version": args.sdk_version},
        "regions": dict(REGIONS),
        "apis": apis,
    }
    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, "metastudio-limits.yaml"), "w", encoding="utf-8") as fh:
        fh.write("# MetaStudio API request throttling limits, calls per second per tenant.\n"
                 "# Generated by tools/build_limits.py from the vendor document; null = not offered.\n")
        yaml.safe_dump(doc, fh, sort_keys=False, allow_unicode=True, width=200)
    catalog = {
        "sdk": {"package": "huaweicloudsdkmetastudio", "version": args.sdk_version},
        "methods": {name: sdk[name] for name in sorted(sdk)},
    }
    with open(os.path.join(args.out, "sdk-methods.yaml"), "w", encoding="utf-8") as fh:
        fh.write("# Every method of huaweicloudsdkmetastudio.v1.MetaStudioClient: HTTP route and request class.\n"
                 "# Generated by tools/build_limits.py; lets the linter recognise SDK calls without importing the SDK.\n")
        yaml.safe_dump(catalog, fh, sort_keys=False, allow_unicode=True, width=200)
    print("%d rows, %d SDK methods" % (len(apis), len(sdk)))
    print("now run: python tools/compile_data.py (the JSON copies the linter reads; stale ones are ignored)")


if __name__ == "__main__":
    main()
