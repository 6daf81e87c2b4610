/// Reports in shapes the reference reports do not have, written for these tests; the
/// councils and people are invented.
enum SyntheticReports {
    /// EFLG 2021, four modules, Markdown: numbered sections, bullets, a team table,
    /// quotes with attributions, "areas for further development", numbered recommendations.
    static let fourModules = """
        # Equality Framework for Local Government peer challenge

        ## Northbridge City Council

        ## 1. Background

        The peer team was on site from 4 to 6 November 2024. The council sought the Excellent level of the Equality Framework for Local Government, which has four modules.

        ### 1.1 The peer team

        | Name | Organisation | Role |
        |---|---|---|
        | Councillor Priya Holm | Westcombe Borough Council | Lead peer, Cabinet Member for Communities |
        | Dan Ashworth | Fernley District Council | Officer peer, Equality Manager |
        | Ruth Okafor | Local Government Association | Review manager |
        | Sam Lee | Eastmere County Council | Shadow peer |

        ## 2. Conclusion

        Northbridge City Council has completed a satisfactory self-assessment at the Excellent level.

        ## 3. Understanding and working with your communities

        ### Strengths

        - The community profile is refreshed every year and used by every service.
        - Ward profiles are published with the census results.

        > “The council knows our neighbourhood better than we do.” — Partner organisation

        ### Areas for further development

        - Data on sexual orientation is thin.

        ## 4. Leadership, partnership and organisational commitment

        ### Strengths

        - Leaders speak about equality at every public meeting.

        ### Areas for further development

        - Equality objectives lack measures.
        - The scrutiny committee seldom looks at equality.

        ## 5. Responsive services and customer care

        ### Strengths

        - Customer services offer interpreters in 40 languages.

        ### Good practice

        - The mobile library visits every village each fortnight.

        ## 6. Diverse and engaged workforce

        ### Strengths

        - Staff networks have their own budgets.

        ### Areas for further development

        - Disclosure of disability by staff is low.

        ## 7. Recommendations

        1. Publish measures for each equality objective.
        2. Run a disclosure campaign for staff.
        3. Ask the scrutiny committee to review equality each year.
        """

    /// A feedback slide deck saved as text: one heading per slide, titles naming module
    /// and kind, continued slides repeating the title.
    static let slideDeck = """
        # Feedback to Eastmere County Council

        # The peer team

        - Councillor Ann Brook – Southmoor Metropolitan Borough Council
        - Joe Patel – Local Government Association

        # Understanding and working with your communities: strengths

        • A strong community profile
        • Good use of the census

        # Understanding and working with your communities: strengths (continued)

        • Partners share data freely

        # Understanding and working with your communities: areas for consideration

        • Few young people are engaged

        # Diverse and engaged workforce: strengths

        • Staff networks are active

        # Diverse and engaged workforce: strengths (continued, 2 of 2)

        • Pay gaps are published
        • Flexible working is common

        # Diverse and engaged workforce: areas for consideration

        • Senior grades are not diverse
        """

    /// Roman-numbered lists under bold numbered headings, "areas for improvement" and
    /// "key issues to progress", a joint challenge with per-council headings.
    static let romanLists = """
        **Equality Framework peer challenge: Ashford Vale District Council and Kenmoor Borough Council**

        **1. Background**

        The challenge took place on 2nd and 3rd June 2015 and assessed the councils at the Achieving level of the Equality Framework for Local Government.

        The team was:

        Cllr Mary Stone – Upfield Borough Council
        Tom Green – London Borough of Camden

        **3. Findings**

        **3.1 Knowing your communities and equality mapping**

        **3.1.1 Joint strengths**

        (i) A shared data observatory
        (ii) Joint community profiles

        **3.1.2 Strengths – Kenmoor**

        (i) Kenmoor maps hate incidents by ward

        **3.1.3 Areas for improvement**

        (i) Equality data is not used in budget setting
        (ii) Profiles are out of date
        (iii) Partners do not see the data

        **3.2 A modern and diverse workforce**

        **3.2.1 Strengths – Ashford Vale**

        (i) Ashford Vale has a diverse apprenticeship scheme

        **3.2.2 Key issues to progress**

        (i) Exit interviews are not analysed
        """

    /// The Equality Standard's own four areas and levels: no bundled framework fits.
    static let equalityStandard = """
        # Equality Standard assessment, Oldtown Borough Council, 2007

        The assessment was at level 3 of the Equality Standard for Local Government.

        ## Leadership and Corporate Commitment

        ### Strengths

        - Members champion equality

        ## Community Engagement and Accountability

        ### Strengths

        - Residents sit on scrutiny panels

        ## Service Delivery and Customer Care

        ### Strengths

        - Services are monitored by ethnicity

        ## Employment and Training

        ### Strengths

        - Staff are trained every year
        """
}

extension SyntheticReports {
    /// Markdown hard-wrapped at 72 columns, as pandoc writes it, with findings as
    /// paragraphs under the kind headings rather than lists.
    static let hardWrapped = """
        # Peer challenge report: Lowfield Borough Council

        The challenge took place on 30 September and 1 October 2019 under the Equality
        Framework for Local Government at the Achieving level.

        ## Responsive services and customer care

        ### Strengths

        - Customer services staff have been trained to spot hidden disabilities and
          Lowfield's contact centre now offers a call-back service in four languages.
        - The housing team rewrote its letters in plain English with tenants.

        ### Areas for consideration

        Equality impact assessments are written after decisions are made rather than
        Before them, and few are published on the council's website for residents.

        Complaints are not analysed by protected characteristic.

        ## A modern and diverse workforce

        ### Strengths

        - Staff networks are consulted on every policy.
        """
}

extension SyntheticReports {
    /// Areas with bare lists under them and no heading saying which are strengths.
    static let noKindHeadings = """
        # Diversity peer challenge: Marsh Vale District Council

        ## Knowing your communities and equality mapping

        - The council has a detailed profile of every ward.
        - Ensure the profile covers sexual orientation.
        - There is a lack of data on disabled residents.

        ## A modern and diverse workforce

        - Staff networks meet the chief executive each quarter.
        """
}

extension SyntheticReports {
    /// Numbered sections all the way down, numbered paragraphs as findings, quotes in
    /// the text, and "Recommendation N:" paragraphs.
    static let numberedSections = """
        Corporate Peer Challenge – Equality: Greyford Metropolitan Borough Council

        1 Introduction

        1.1 The peer challenge took place from 14 to 16 May 2013 and looked at the council's self-assessment at the Excellent level of the Equality Framework for Local Government.

        2 Findings

        2.1 Community engagement and satisfaction

        2.1.1 Strengths

        2.1.1.1 The citizens' panel reflects the borough's make-up and meets every quarter.
        2.1.1.2 Young people run their own youth parliament with a budget.

        “They listen to us now,” said a tenants' association.

        2.1.2 Areas for consideration

        2.1.2.1 Results of consultations are not always fed back to those who took part.

        3 Recommendations

        Recommendation 1: Publish a "you said, we did" page after every consultation.

        Recommendation 2: Give the youth parliament a seat on the scrutiny committee.
        """

    /// Areas of no framework Equitas has: a parks and waste review.
    static let noFramework = """
        # Review of street scene services, Oldtown Borough Council, 2016

        The review looked at three services over two days.

        ## Parks and open spaces

        ### Strengths

        - Play areas are inspected weekly

        ## Waste and recycling

        ### Strengths

        - Missed bins are collected within a day

        ## Street cleansing

        ### Strengths

        - Fly-tipping is cleared quickly
        """
}
