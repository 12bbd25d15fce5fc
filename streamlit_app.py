"""Entry script: page config, navigation over app_pages/, the shared filter sidebar. Nothing else.

The page files live in app_pages/, not pages/: with a pages/ folder Streamlit still serves its files
by their old automatic URLs, and a deep link (/incidents?provinces=Helmand) would run the page alone,
without this script and its shared filters.
"""

import streamlit as st

from dashboard.views import sidebar

st.set_page_config(page_title="Conflict incidents", page_icon=":material/crisis_alert:", layout="wide")

PAGES = [
    st.Page("app_pages/overview.py", title="Overview", icon=":material/dashboard:", default=True),
    st.Page("app_pages/map.py", title="Map", icon=":material/map:"),
    st.Page("app_pages/timeline.py", title="Timeline", icon=":material/timeline:"),
    st.Page("app_pages/incidents.py", title="Incidents", icon=":material/table:"),
    st.Page("app_pages/ingest.py", title="Ingest", icon=":material/upload_file:"),
    st.Page("app_pages/review.py", title="Review", icon=":material/fact_check:"),
]
page = st.navigation(PAGES)
st.session_state["filters"] = sidebar.draw()
page.run()
